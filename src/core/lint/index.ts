/** Public API of the policy linter: import from here, not from the files. */
export { lintPolicy, LINT_POLICY_KINDS } from './lintPolicy';
export { servicesToLoad } from './servicesToLoad';
export { stripComments, applyEdits } from './stripComments';
export { lintSummary, type LintSummary } from './lintSummary';
export { ALL_CHECKS } from './checks';
export * from './types';
export * from './codes';
