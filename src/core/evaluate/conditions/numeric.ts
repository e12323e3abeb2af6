/** Numeric operators (AWS docs, "IAM JSON policy elements: Condition operators", Numeric). */

import { defineOperators, type PolicyValue } from './types';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses an integer or decimal; undefined for anything else (which then matches nothing). */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 400 || !NUMBER.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

function compare(test: (request: number, policy: number) => boolean) {
  return (policy: PolicyValue, value: string): boolean => {
    const p = parseNumber(policy.text);
    const v = parseNumber(value);
    return p !== undefined && v !== undefined && test(v, p);
  };
}

/** The Numeric family's operators; the request value is on the left (`request < policy`). */
export const NUMERIC_OPERATORS = defineOperators('Numeric', false, [
  ['NumericEquals', false, compare((v, p) => v === p)],
  ['NumericNotEquals', true, compare((v, p) => v === p)],
  ['NumericLessThan', false, compare((v, p) => v < p)],
  ['NumericLessThanEquals', false, compare((v, p) => v <= p)],
  ['NumericGreaterThan', false, compare((v, p) => v > p)],
  ['NumericGreaterThanEquals', false, compare((v, p) => v >= p)],
]);
