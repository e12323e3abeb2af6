export type { Scenario, Role, PermissionPolicy } from './types';
export { seedScenario } from './seed';
export { scenarioDocs, withDocText, type DocId, type DocKind, type ScenarioDoc } from './docs';
export { readScenarioText, readScenarioValue, type ReadScenarioResult } from './read';
export { encodeScenario, decodeScenario, shareUrl, scenarioPayloadFromHash } from './codec';
