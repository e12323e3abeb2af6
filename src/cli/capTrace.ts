/**
 * `simulate`'s output cap: a condition trace repeats the policy's and the request's values, so a
 * 7.9 MB request would print them again for every statement that reads the key. Each list is
 * printed up to TRACE_VALUES entries, with how many were left out beside it.
 */

import type { ConditionTrace, PolicyTrace } from '../core';

/** Values printed per list in a condition trace. */
export const TRACE_VALUES = 100;

type PrintedCondition = ConditionTrace & { valuesOmitted?: number; contextValuesOmitted?: number };

function capCondition(c: ConditionTrace): PrintedCondition {
  const out: PrintedCondition = { ...c };
  if (c.values.length > TRACE_VALUES) {
    out.values = c.values.slice(0, TRACE_VALUES);
    out.valuesOmitted = c.values.length - TRACE_VALUES;
  }
  if (c.contextValues !== null && c.contextValues.length > TRACE_VALUES) {
    out.contextValues = c.contextValues.slice(0, TRACE_VALUES);
    out.contextValuesOmitted = c.contextValues.length - TRACE_VALUES;
  }
  return out;
}

/** The policy traces as printed: every condition's value lists capped, everything else as is. */
export function capPolicyTraces(policies: readonly PolicyTrace[]): PolicyTrace[] {
  return policies.map((p) => ({
    ...p,
    statements: p.statements.map((s) => ({ ...s, conditions: s.conditions.map(capCondition) })),
  }));
}
