/** Public API of the tolerant policy parser: import from here, not from the files. */
export * from './types';
export { parsePolicy, MAX_DEPTH } from './parse';
export { LineIndex, offsetToPosition, positionOf } from './lineIndex';
export { nodeAtPath, nearestNodeAtPath, rangeOfPath } from './nodeAtPath';
export type { HasRoot, RangePart } from './nodeAtPath';
export { nodeAtOffset, pathAtOffset } from './pathAtOffset';
export { commentsFor } from './commentsFor';
export { readPolicy, POLICY_LIMITS } from './statements';
export type {
  ConditionElement,
  ConditionKeyElement,
  ConditionOperatorElement,
  Located,
  PathedString,
  PolicyModel,
  PolicyStatement,
  PrincipalElement,
  ScalarElement,
  StatementShape,
  StringListElement,
} from './statements';
export { DOCUMENT_KINDS, isDocumentKind, type DocumentKind } from './kinds';
