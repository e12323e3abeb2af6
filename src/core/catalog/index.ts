/** The IAM catalog's public API. Sources are imported by path: nodeSource.ts (Node) or viteSource.ts (app). */
export { Catalog, type CatalogOptions } from './Catalog';
export { expandActionPattern, matchesActionPattern, type ActionExpansion } from './expand';
export {
  createWildcardMatcher,
  hasWildcard,
  wildcardMatch,
  type WildcardMatcher,
  type WildcardOptions,
} from './wildcard';
export { serviceOf, splitAction, type ActionParts } from './splitAction';
export { normalizeAccessLevel } from './accessLevel';
export type * from './types';
