/** The IAM catalog's public API. Its sources are platform adapters handed to it (src/platform). */
export { Catalog, type CatalogOptions } from './Catalog';
export { expandActionPattern, type ActionExpansion } from './expand';
export { normalizeAccessLevel } from './accessLevel';
export type * from './types';
