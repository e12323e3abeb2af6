/** The IAM catalog's public API. Its sources are platform adapters handed to it (src/platform). */
export { Catalog, type CatalogOptions } from './Catalog';
export { expandActionPattern, type ActionExpansion } from './expand';
export { normalizeAccessLevel } from './accessLevel';
export {
  actionTargets,
  formatSettled,
  patternWitness,
  resourceFit,
  type ActionTargets,
  type ArnHints,
  type ResourceFit,
  type ResourceTarget,
  type ResourceTypeSource,
} from './resourceFit';
export {
  suggestAction,
  suggestActionName,
  suggestService,
  type SuggestionSource,
} from './suggestAction';
export type * from './types';
export {
  MAX_MANAGED_QUERY,
  isManagedPolicyName,
  managedPolicyArn,
  readManagedPolicyArn,
  searchManagedPolicies,
  type ManagedPolicyDocument,
  type ManagedPolicyEntry,
  type ManagedPolicyLookup,
  type ManagedPolicySearch,
} from './managedPolicies';
