/** An IAM Condition block as condition codes, shown on trust-policy nodes and permission edges. */
import { isRecord, own, parseOperator } from '../core';
import type { ConditionElement, ConditionKeyElement } from '../core';
import type { ConditionText, ConditionValues } from './text';

/** Longest list of values spelled out before "and N more". */
const MAX_VALUES = 5;
/** Bound on sentences produced for one Condition block. */
const MAX_SENTENCES = 50;

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  try {
    return JSON.stringify(value)?.slice(0, 80) ?? '?';
  } catch {
    return '?';
  }
}

function valuesOf(key: ConditionKeyElement): ConditionValues {
  const shown = key.values.slice(0, MAX_VALUES).map((v) => v.value);
  return { shown, more: Math.max(0, key.total - shown.length) };
}

/** The condition for one operator/key pair, read the way the engine reads the operator. */
function sentence(operator: string, key: ConditionKeyElement): ConditionText {
  const parsed = parseOperator(operator);
  const spec = parsed.spec;
  if (spec === undefined) {
    return { code: 'unknown-operator', params: { operator, key: key.key, values: valuesOf(key) } };
  }
  if (spec.family === 'Null') {
    const first = key.values[0]?.value.toLowerCase();
    return { code: 'null-check', params: { key: key.key, absent: first === 'true' } };
  }
  return {
    code: 'compare',
    params: {
      operator: spec.name,
      key: key.key,
      values: valuesOf(key),
      ...(parsed.qualifier !== undefined ? { qualifier: parsed.qualifier } : {}),
      ifExists: parsed.ifExists,
    },
  };
}

/**
 * Turns a Condition element into one condition per key (e.g. aws:SourceAccount must equal
 * 111122223333), so a learner can read a statement's conditions without knowing the operators.
 * Never throws: malformed blocks give a best-effort condition or nothing.
 */
export function describeConditions(condition: ConditionElement | undefined): ConditionText[] {
  const out: ConditionText[] = [];
  if (condition === undefined || condition.invalid) return out;
  for (const block of condition.operators) {
    if (out.length >= MAX_SENTENCES) break;
    if (block.invalid) {
      const raw = isRecord(condition.raw) ? own(condition.raw, block.operator) : undefined;
      out.push({
        code: 'invalid-block',
        params: { operator: block.operator, value: scalarText(raw) },
      });
      continue;
    }
    for (const key of block.keys) {
      if (out.length >= MAX_SENTENCES) break;
      out.push(sentence(block.operator, key));
    }
  }
  return out;
}

/** A stable key for a condition, to merge the same condition written in several statements. */
export function conditionKey(condition: ConditionText): string {
  return JSON.stringify(condition);
}
