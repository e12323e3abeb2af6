/** One IAM pattern matcher for actions, ARNs and condition strings, shared by catalog, lint, graph and engine. */
export { WorkBudget, WORK_LIMIT } from './budget';
export {
  cachedGlob,
  compileGlob,
  globMatch,
  hasWildcard,
  toChars,
  wildcardMatch,
  type Glob,
  type GlobPart,
} from './glob';
export {
  actionMatches,
  compileActionPattern,
  isWellFormedAction,
  matchAction,
  type ActionPattern,
} from './actionPattern';
export {
  compileResourcePattern,
  matchResourcePattern,
  resourceMatches,
  type ResourcePattern,
} from './resourcePattern';
export { serviceOf, splitAction, type ActionParts } from './splitAction';
export {
  ARN_TEMPLATE_BUDGET,
  compileArnTemplate,
  fitArnTemplate,
  type ArnTemplate,
  type TemplateFit,
  type TemplateSlot,
} from './arnTemplate';
