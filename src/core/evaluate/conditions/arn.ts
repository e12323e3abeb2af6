/**
 * ARN operators (AWS docs, "IAM JSON policy elements: Condition operators", ARN): each of the six
 * colon-delimited components is matched separately, case-sensitively, with `*` and `?`; a `*`
 * never runs across a colon into the next component. ArnEquals and ArnLike behave identically.
 */

import { compileGlob, globMatch, type GlobPart, type WorkBudget } from '../../pattern';
import { splitFirst } from '../../aws/arn';
import { defineOperators, type PolicyValue } from './types';

/** Splits pattern parts into the six ARN components (the last keeps its colons). */
function patternComponents(parts: readonly GlobPart[]): GlobPart[][] {
  const out: GlobPart[][] = [[]];
  for (const part of parts) {
    const isLiteral = typeof part !== 'string';
    const text = isLiteral ? part.literal : part;
    const pieces = splitFirst(text, ':', Math.max(0, 6 - out.length));
    pieces.forEach((piece, i) => {
      if (i > 0) out.push([]);
      (out[out.length - 1] as GlobPart[]).push(isLiteral ? { literal: piece } : piece);
    });
  }
  return out;
}

/** ArnLike: component-wise wildcard match of a request ARN against a policy pattern. */
export function arnLike(policy: PolicyValue, value: string, budget?: WorkBudget): boolean {
  const pattern = patternComponents(policy.parts);
  const components = splitFirst(value, ':', 5);
  if (pattern.length !== 6 || components.length !== 6) return false;
  return pattern.every((p, i) => globMatch(compileGlob(p), components[i] as string, budget));
}

/** The ARN family's operators. */
export const ARN_OPERATORS = defineOperators('Arn', true, [
  ['ArnEquals', false, arnLike],
  ['ArnLike', false, arnLike],
  ['ArnNotEquals', true, arnLike],
  ['ArnNotLike', true, arnLike],
]);
