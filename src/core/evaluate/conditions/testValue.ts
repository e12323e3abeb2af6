/** Test helper: a plain policy value with no variables. */

import type { PolicyValue } from './types';

/** Wraps text as a policy value, the way the evaluator passes values without variables. */
export function pv(text: string): PolicyValue {
  return { text, parts: [text], unresolved: [] };
}
