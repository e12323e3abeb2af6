/** The graph model's public API: build (pure) and layout (async). */
export * from './types';
export { buildGraph } from './build';
export type { BuildOptions } from './build';
export type { CatalogView } from './catalogView';
export { layoutGraph, gridLayout } from './layout';
export type { Layout, NodeBox } from './layout';
export { NODE_SIZES } from './sizes';
export type { NodeSize } from './sizes';
export { describeConditions } from './conditionText';
export { describePrincipal } from './describePrincipal';
export { EXAMPLE_ISSUED_AT, exampleCredentials } from './exampleCredentials';
export { MAX_ACTIONS_PER_SERVICE, PAGE_SIZE } from './actionTree';
export { MAX_SERVICES_PER_POLICY } from './permissionTree';
