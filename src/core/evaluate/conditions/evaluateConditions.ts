/**
 * A statement's Condition block (AWS docs, "Conditions with multiple context keys or values"):
 * operators AND, keys AND, values OR — NOR for negated operators; a missing key is false except
 * for negated operators, …IfExists and Null; ForAllValues is true and ForAnyValue false when the
 * key is missing or empty. Key names are case-insensitive.
 */

import type { WorkBudget } from '../../pattern';
import type { JsonPath } from '../../policy/types';
import { NO_PARAMS, type IncompleteCause, type Note } from '../codes';
import { MAX_VALUES, scalarText, type RequestContext } from '../context';
import type { ConditionReason, ConditionTrace } from '../types';
import { hasVariable, substitute } from '../variables';
import { nullCheck } from './null';
import { parseOperator, type ParsedOperator } from './operators';
import { everyValue, someValue, type KeyAnswer, type KeyInput } from './threeValued';
import type { OperatorSpec, PolicyValue } from './types';

export interface ConditionBlockResult {
  matched: boolean;
  traces: ConditionTrace[];
  /** Some key's answer is unknown (a bound was reached), and no other key was certainly false. */
  unknown: boolean;
  /** The bounds behind the unknown keys. */
  causes: IncompleteCause[];
}

/** Evaluates a whole Condition element against the request context. */
export function evaluateConditions(
  condition: unknown,
  context: RequestContext,
  variables: boolean,
  path: JsonPath,
  budget: WorkBudget,
): ConditionBlockResult {
  if (condition === undefined) return { matched: true, traces: [], unknown: false, causes: [] };
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
    return {
      matched: false,
      traces: [invalid('', '', path, { code: 'condition-not-object', params: NO_PARAMS })],
      unknown: false,
      causes: [],
    };
  }
  const traces: ConditionTrace[] = [];
  let matched = true;
  let certainlyFalse = false;
  const causes = new Set<IncompleteCause>();
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
      // A key whose answer is unknown (a bound was reached) is not a certain false.
      for (const cause of trace.incomplete ?? []) causes.add(cause);
      if (!trace.result) {
        matched = false;
        if (trace.incomplete === undefined) certainlyFalse = true;
      }
    }
  }
  const unknown = causes.size > 0 && !certainlyFalse;
  return { matched, traces, unknown, causes: unknown ? [...causes].sort() : [] };
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

  if (entry?.unread) {
    // A key past the context's bound: its values were never read, so no answer is certain.
    const trace = done(false, 'not-matched');
    trace.incomplete = ['context-keys-cut'];
    return trace;
  }
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
  const input: KeyInput = {
    spec,
    usable: policyValues.filter((v) => v.unresolved.length === 0),
    policyCut: Array.isArray(raw) && raw.length > MAX_VALUES,
    values: entry.values,
    contextCut: entry.cut === true,
    budget,
  };
  let outcome: KeyAnswer;
  let note: Note | undefined;
  if (op.qualifier === 'ForAllValues') outcome = everyValue(input);
  else if (op.qualifier === 'ForAnyValue') outcome = someValue(input);
  else if (entry.values.length === 1 && !input.contextCut) outcome = someValue(input);
  else {
    // Multivalued keys need a set operator; without one, treat it as "any request value matches".
    outcome = spec.negated ? everyValue(input) : someValue(input);
    note = { code: 'multivalued-without-set-operator', params: NO_PARAMS };
  }
  const result = outcome.answer === 'yes';
  const trace = done(result, result ? 'matched' : 'not-matched', note);
  if (outcome.answer === 'unknown') trace.incomplete = [...outcome.causes].sort();
  return trace;
}
