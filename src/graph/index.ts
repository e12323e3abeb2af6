/** The graph model's public API: build (pure), layout (async), the texts it speaks in, the effective view. */
export * from './types';
export * from './text';
export { buildGraph } from './build';
export type { BuildOptions } from './build';
export type { CatalogView } from './catalogView';
export { layoutGraph, layoutGraphSync, gridLayout } from './layout';
export type { Layout, NodeBox } from './layout';
export { NODE_SIZES } from './sizes';
export type { NodeSize } from './sizes';
export { describeConditions } from './conditionText';
export { describePrincipal } from './describePrincipal';
export type { PrincipalDescription } from './describePrincipal';
export { MAX_ACTIONS_PER_SERVICE, PAGE_SIZE } from './actionTree';
export { MAX_SERVICES_PER_POLICY, policyNodeId } from './permissionTree';
export { CHAIN_IDS } from './chainIds';
export {
  actionVerdict,
  effectiveActions,
  litPath,
  MAX_EFFECTIVE_ACTIONS,
  MAX_EFFECTIVE_REQUESTS,
  withDecisions,
} from './effective';
export type {
  ActionVerdict,
  DeniedBy,
  DocumentOf,
  EffectiveOptions,
  LitPath,
  RequestVerdict,
  ResourceVerdict,
} from './effective';
export { ACCESS_LEVEL_ORDER, collapsibleServices, levelOfDetail, summarise } from './levelOfDetail';
export type { DetailOptions } from './levelOfDetail';
export {
  farFromZoom,
  farMinZoom,
  fitClearOfCorner,
  fitViewport,
  layoutBounds,
  MAX_ZOOM,
  MIN_ZOOM,
  PRESENTER_TYPE,
  READABLE_PX,
  readableAtFit,
  readPx,
  SMALLEST_TYPE_PX,
  zoomToRead,
} from './readability';
export type { Bounds, FitPadding } from './readability';
export type { LayoutOptions } from './layout';
export { nodeSize } from './sizes';
