/**
 * The Null operator (AWS docs, "IAM JSON policy elements: Condition operators", Null check):
 * `true` means the key is absent from the request, `false` that it is present.
 */

import { defineOperators, type PolicyValue } from './types';

/** Tests one Null value against whether the key is present; other values match nothing. */
export function nullCheck(policy: PolicyValue, present: boolean): boolean {
  const lower = policy.text.trim().toLowerCase();
  if (lower === 'true') return !present;
  if (lower === 'false') return present;
  return false;
}

/** The Null family (its test runs on presence, so `matches` is never called on a value). */
export const NULL_OPERATORS = defineOperators('Null', false, [['Null', false, () => false]]);
