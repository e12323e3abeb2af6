export type { Scenario, Role, PermissionPolicy } from './types';
export { seedScenario } from './seed';
export {
  scenarioDocs,
  withDocText,
  withLayer,
  withoutLayer,
  type DocId,
  type DocKind,
  type LayerKind,
  type ScenarioDoc,
} from './docs';
export {
  roleArn,
  roleSessionArn,
  layerPolicies,
  sessionRequest,
  assumeRequest,
  readTypedPrincipal,
  operationFor,
  DEFAULT_ACCOUNT,
} from './simulation';
export { readScenarioText, readScenarioValue, type ReadScenarioResult } from './read';
export { encodeScenario, decodeScenario, shareUrl, scenarioPayloadFromHash } from './codec';
