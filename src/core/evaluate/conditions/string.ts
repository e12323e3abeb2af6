/**
 * String operators (AWS docs, "IAM JSON policy elements: Condition operators", String):
 * StringEquals/NotEquals (case-sensitive), …IgnoreCase, StringLike/NotLike with `*` and `?`.
 */

import { cachedGlob, compileGlob, globMatch, type WorkBudget } from '../../pattern';
import { defineOperators, type PolicyValue } from './types';

function equals(policy: PolicyValue, value: string): boolean {
  return policy.text === value;
}

function equalsIgnoreCase(policy: PolicyValue, value: string): boolean {
  return policy.text.toLowerCase() === value.toLowerCase();
}

/** StringLike: wildcards from the policy text, literal characters from substituted variables. */
export function like(policy: PolicyValue, value: string, budget?: WorkBudget): boolean {
  const plain = policy.parts.every((p) => typeof p === 'string');
  const glob = plain ? cachedGlob(policy.text) : compileGlob(policy.parts);
  return globMatch(glob, value, budget);
}

/** The String family's operators. */
export const STRING_OPERATORS = defineOperators('String', true, [
  ['StringEquals', false, equals],
  ['StringNotEquals', true, equals],
  ['StringEqualsIgnoreCase', false, equalsIgnoreCase],
  ['StringNotEqualsIgnoreCase', true, equalsIgnoreCase],
  ['StringLike', false, like],
  ['StringNotLike', true, like],
]);
