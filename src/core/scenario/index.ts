/** The scenario: its types, file form, documents, share-link codec and the simulation adapter. */
export type {
  DocId,
  PermissionDocId,
  PermissionPolicy,
  Role,
  Scenario,
  ScenarioFile,
  ScpDocId,
  ScpDocument,
  RcpDocId,
  RcpDocument,
} from './types';
export { seedScenario } from './seed';
export {
  docById,
  lintKindOf,
  scenarioDocs,
  withDocText,
  withLayer,
  withoutDoc,
  type DocKind,
  type LayerKind,
  type ScenarioDoc,
} from './docs';
export { newPermissionId, newScpId, newRcpId, docIdsOf, withDocIds, type DocIds } from './ids';
export { toScenarioFile, sameContent } from './file';
export { derivedTitle, withTitle, type DerivedTitle } from './title';
export { statementAt, type StatementSource } from './statementAt';
export {
  scenarioAccount,
  scenarioRoleArn,
  scenarioSessionArn,
  layerPolicies,
  sessionRequest,
  assumeRequest,
  readTypedPrincipal,
  principalForEntry,
  operationFor,
  type LayeredPolicies,
} from './simulation';
export {
  buildSimulation,
  type DocRange,
  type Simulation,
  type SimulationForm,
  type SimulationWho,
} from './buildSimulation';
export { contextKeysOf, type ContextKeyUse } from './contextKeys';
export { readScenarioText, readScenarioValue, type ReadScenarioResult } from './read';
export type { ScenarioError, ScenarioErrorCode, ScenarioErrorParams } from './errors';
export {
  encodeScenario,
  decodeScenario,
  sameSharedContent,
  shareUrl,
  scenarioPayloadFromHash,
} from './codec';
export { minifyDocument, expandDocument, mapDocuments } from './compact';
