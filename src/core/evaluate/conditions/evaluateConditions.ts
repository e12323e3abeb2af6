/**
 * A statement's Condition block (AWS docs, "Conditions with multiple context keys or values"):
 * operators AND, keys AND, values OR — NOR for negated operators; a missing key is false except
 * for negated operators, …IfExists and Null; ForAllValues is true and ForAnyValue false when the
 * key is missing or empty. Key names are case-insensitive.
 */

import type { JsonPath } from '../../policy/types';
import { MAX_VALUES, scalarText, type RequestContext } from '../context';
import type { ConditionReason, ConditionTrace } from '../types';
import { hasVariable, substitute } from '../variables';
import { nullCheck } from './null';
import { parseOperator, type ParsedOperator } from './operators';
import type { OperatorSpec, PolicyValue } from './types';

export interface ConditionBlockResult {
  matched: boolean;
  traces: ConditionTrace[];
}

/** Evaluates a whole Condition element against the request context. */
export function evaluateConditions(
  condition: unknown,
  context: RequestContext,
  variables: boolean,
  path: JsonPath,
): ConditionBlockResult {
  if (condition === undefined) return { matched: true, traces: [] };
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
    return { matched: false, traces: [invalid('', '', path, 'Condition must be an object.')] };
  }
  const traces: ConditionTrace[] = [];
  let matched = true;
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
        note: `unknown operator "${opName}": the condition does not match`,
      });
      matched = false;
      continue;
    }
    if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) {
      traces.push(invalid(opName, '', opPath, 'An operator must map condition keys to values.'));
      matched = false;
      continue;
    }
    for (const key of Object.keys(keys)) {
      const trace = evaluateKey(
        op,
        op.spec,
        key,
        (keys as Record<string, unknown>)[key],
        context,
        variables,
        [...opPath, key],
      );
      traces.push(trace);
      if (!trace.result) matched = false;
    }
  }
  return { matched, traces };
}

function invalid(operator: string, key: string, path: JsonPath, note: string): ConditionTrace {
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
): ConditionTrace {
  const texts = readValues(raw);
  if (texts === undefined) {
    return invalid(
      op.raw,
      key,
      path,
      'Condition values must be strings, numbers, booleans or an array of them.',
    );
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
  const done = (result: boolean, reason: ConditionReason, note?: string): ConditionTrace => ({
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
    const any = usable.some((p) => spec.matches(p, value));
    return spec.negated ? !any : any;
  };
  const values = entry.values;
  let result: boolean;
  let note: string | undefined;
  if (op.qualifier === 'ForAllValues') result = values.every(test);
  else if (op.qualifier === 'ForAnyValue') result = values.some(test);
  else if (values.length === 1) result = test(values[0] as string);
  else {
    // Multivalued keys need a set operator; without one, treat it as "any request value matches".
    result = spec.negated ? values.every(test) : values.some(test);
    note = 'multivalued key used without ForAllValues/ForAnyValue';
  }
  return done(result, result ? 'matched' : 'not-matched', note);
}
