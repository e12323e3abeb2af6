/** The Bool operator (AWS docs, "IAM JSON policy elements: Condition operators", Boolean). */

import { defineOperators, type PolicyValue } from './types';

function boolText(text: string): 'true' | 'false' | undefined {
  const lower = text.trim().toLowerCase();
  return lower === 'true' || lower === 'false' ? lower : undefined;
}

function equals(policy: PolicyValue, value: string): boolean {
  const p = boolText(policy.text);
  return p !== undefined && p === boolText(value);
}

/** The Boolean family: `Bool` compares "true"/"false" (JSON true/false are accepted too). */
export const BOOL_OPERATORS = defineOperators('Bool', true, [['Bool', false, equals]]);
