/**
 * A statement's Condition block (AWS docs, "Conditions with multiple context keys or values"):
 * operators AND, keys AND, values OR — NOR for negated operators; a missing key is false except
 * for negated operators, …IfExists and Null; ForAllValues is true and ForAnyValue false when the
 * key is missing or empty. Key names are case-insensitive.
 */

import type { WorkBudget } from '../../pattern';
import type { JsonPath } from '../../policy/types';
import { NO_PARAMS, type Note } from '../codes';
import { MAX_VALUES, scalarText, type RequestContext } from '../context';
import type { ConditionReason, ConditionTrace } from '../types';
import { hasVariable, substitute } from '../variables';
import { nullCheck } from './null';
import { parseOperator, type ParsedOperator } from './operators';
import type { OperatorSpec, PolicyValue } from './types';

export interface ConditionBlockResult {
  matched: boolean;
  traces: ConditionTrace[];
  /** The budget refused a match some key needed, and no other key was certainly false. */
  unknown: boolean;
}

/** Evaluates a whole Condition element against the request context. */
export function evaluateConditions(
  condition: unknown,
  context: RequestContext,
  variables: boolean,
  path: JsonPath,
  budget: WorkBudget,
): ConditionBlockResult {
  if (condition === undefined) return { matched: true, traces: [], unknown: false };
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
    return {
      matched: false,
      traces: [invalid('', '', path, { code: 'condition-not-object', params: NO_PARAMS })],
      unknown: false,
    };
  }
  const traces: ConditionTrace[] = [];
  let matched = true;
  let certainlyFalse = false;
  let refused = false;
  const block = condition as Record<string, unknown>;
  for (const opName of Object.keys(block)) {
    const op = parseOperator(opName);
    const keys: unknown = block[opName];
    const opPath = [...path, opName];
    if (op.spec === undefined) {
      traces.push({
        operator: opName,
        key: '',
        values: [],
        contextValues: null,
        result: false,
        reason: 'unknown-operator',
        path: opPath,
        note: { code: 'operator-unknown', params: { operator: opName } },
      });
      matched = false;
      certainlyFalse = true;
      continue;
    }
    if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) {
      traces.push(
        invalid(opName, '', opPath, { code: 'operator-block-invalid', params: NO_PARAMS }),
      );
      matched = false;
      certainlyFalse = true;
      continue;
    }
    for (const key of Object.keys(keys)) {
      const before = budget.refused;
      const trace = evaluateKey(
        op,
        op.spec,
        key,
        (keys as Record<string, unknown>)[key],
        context,
        variables,
        [...opPath, key],
        budget,
      );
      traces.push(trace);
      // A key whose matching was refused has no known answer, whatever it returned.
      const keyRefused = budget.refused > before;
      if (keyRefused) refused = true;
      if (!trace.result) {
        matched = false;
        if (!keyRefused) certainlyFalse = true;
      }
    }
  }
  return { matched, traces, unknown: refused && !certainlyFalse };
}

function invalid(operator: string, key: string, path: JsonPath, note: Note): ConditionTrace {
  return {
    operator,
    key,
    values: [],
    contextValues: null,
    result: false,
    reason: 'invalid-block',
    path,
    note,
  };
}

function readValues(raw: unknown): string[] | undefined {
  const list = Array.isArray(raw) ? raw.slice(0, MAX_VALUES) : [raw];
  const out: string[] = [];
  for (const item of list) {
    const text = scalarText(item);
    if (text === undefined) return undefined;
    out.push(text);
  }
  return out;
}

function evaluateKey(
  op: ParsedOperator,
  spec: OperatorSpec,
  key: string,
  raw: unknown,
  context: RequestContext,
  variables: boolean,
  path: JsonPath,
  budget: WorkBudget,
): ConditionTrace {
  const texts = readValues(raw);
  if (texts === undefined) {
    return invalid(op.raw, key, path, { code: 'condition-values-invalid', params: NO_PARAMS });
  }
  const policyValues: PolicyValue[] = texts.map((text) =>
    variables && spec.variables && hasVariable(text)
      ? substitute(text, context)
      : { text, parts: [text], unresolved: [] },
  );
  const unresolved = policyValues.flatMap((v) => v.unresolved);
  const entry = context.get(key.toLowerCase());
  const present = entry !== undefined && entry.values.length > 0;
  const base = {
    operator: op.raw,
    key,
    values: policyValues.map((v) => v.text),
    contextValues: entry ? entry.values : null,
    path,
    ...(unresolved.length > 0 ? { unresolved } : {}),
  };
  const done = (result: boolean, reason: ConditionReason, note?: Note): ConditionTrace => ({
    ...base,
    result,
    reason,
    ...(note !== undefined ? { note } : {}),
  });

  if (spec.family === 'Null') {
    return done(
      policyValues.some((v) => nullCheck(v, present)),
      'null-check',
    );
  }
  if (!present) {
    if (op.ifExists) return done(true, 'key-missing-if-exists');
    if (op.qualifier === 'ForAllValues') return done(true, 'key-missing-for-all-values');
    if (op.qualifier === 'ForAnyValue') return done(false, 'key-missing-for-any-value');
    if (spec.negated) return done(true, 'key-missing-negated');
    return done(false, 'key-missing');
  }

  // One request value against all policy values: OR, or NOR for negated operators.
  const usable = policyValues.filter((v) => v.unresolved.length === 0);
  const test = (value: string): boolean => {
    // Out of budget: stop matching (the refusal marks this key's answer as unknown).
    if (budget.exhausted) {
      budget.spend(1);
      return false;
    }
    const any = usable.some((p) => !budget.exhausted && spec.matches(p, value, budget));
    return spec.negated ? !any : any;
  };
  const values = entry.values;
  let result: boolean;
  let note: Note | undefined;
  if (op.qualifier === 'ForAllValues') result = values.every(test);
  else if (op.qualifier === 'ForAnyValue') result = values.some(test);
  else if (values.length === 1) result = test(values[0] as string);
  else {
    // Multivalued keys need a set operator; without one, treat it as "any request value matches".
    result = spec.negated ? values.every(test) : values.some(test);
    note = { code: 'multivalued-without-set-operator', params: NO_PARAMS };
  }
  return done(result, result ? 'matched' : 'not-matched', note);
}
