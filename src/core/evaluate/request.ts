/**
 * Reading a simulation request (PRODUCT.md "Simulation request") from text, with a one-line
 * message for anything malformed, and `simulate` that reads and evaluates in one call.
 */

import { isRecord } from '../util/record';
import { NO_PARAMS, type RequestError, type RequestErrorCode } from './codes';
import { policyProblem } from './compile';
import { evaluateRequest } from './evaluate';
import type { EvaluationResult, SimulationRequest } from './types';

export type ReadRequestResult =
  { ok: true; request: SimulationRequest } | { ok: false; error: RequestError };
export type SimulateResult =
  { ok: true; result: EvaluationResult } | { ok: false; error: RequestError };

/** Largest request text read (5 MiB of policies is far beyond any real account's). */
export const MAX_REQUEST_CHARS = 8 * 1024 * 1024;

function fail(error: RequestError | RequestErrorCode): { ok: false; error: RequestError } {
  return {
    ok: false,
    error: typeof error === 'string' ? ({ code: error, params: NO_PARAMS } as RequestError) : error,
  };
}

/** Parses and validates request text; never throws. */
export function readSimulationRequest(text: string): ReadRequestResult {
  if (typeof text !== 'string') return fail('request-not-text');
  if (text.length > MAX_REQUEST_CHARS)
    return fail({ code: 'request-too-large', params: { limit: MAX_REQUEST_CHARS } });
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ code: 'request-not-json', params: { detail: detail.split('\n')[0] ?? '' } });
  }
  return validateSimulationRequest(value);
}

/** Checks an already-parsed request's shape; policies given as text must parse to objects. */
export function validateSimulationRequest(value: unknown): ReadRequestResult {
  try {
    return validate(value);
  } catch {
    return fail('request-unreadable');
  }
}

function validate(value: unknown): ReadRequestResult {
  if (!isRecord(value)) return fail('request-not-object');
  const principal = value.principal;
  if (!isRecord(principal)) {
    return fail('principal-not-object');
  }
  const kinds = ['AWS', 'Service', 'Federated'].filter((k) => k in principal);
  if (kinds.length !== 1) return fail('principal-type-count');
  const kind = kinds[0] as 'AWS' | 'Service' | 'Federated';
  const id = principal[kind];
  if (typeof id !== 'string' || id.trim() === '')
    return fail({ code: 'principal-empty', params: { type: kind } });

  if (typeof value.action !== 'string' || value.action.trim() === '') {
    return fail('action-missing');
  }
  if (typeof value.resource !== 'string' || value.resource.trim() === '') {
    return fail('resource-missing');
  }
  if (
    value.resourceAccount !== undefined &&
    (typeof value.resourceAccount !== 'string' || !/^\d{12}$/.test(value.resourceAccount))
  ) {
    return fail('resource-account-invalid');
  }
  if (value.context !== undefined) {
    if (!isRecord(value.context)) return fail('context-not-object');
    for (const key of Object.keys(value.context)) {
      const v: unknown = value.context[key];
      const scalar = (x: unknown): boolean =>
        typeof x === 'string' ||
        typeof x === 'boolean' ||
        (typeof x === 'number' && Number.isFinite(x));
      if (!(scalar(v) || (Array.isArray(v) && v.every(scalar)))) {
        return fail({ code: 'context-value-invalid', params: { key } });
      }
    }
  }
  const policies = value.policies ?? {};
  if (!isRecord(policies)) return fail('policies-not-object');
  for (const list of ['identity', 'scp', 'rcp'] as const) {
    const items = policies[list];
    if (items === undefined) continue;
    if (!Array.isArray(items))
      return fail({ code: 'policy-list-not-array', params: { list: `policies.${list}` } });
    for (let i = 0; i < items.length; i += 1) {
      const problem = readProblem(items[i], `policies.${list}[${i}]`);
      if (problem) return fail(problem);
    }
  }
  for (const single of ['boundary', 'session', 'endpoint', 'resource'] as const) {
    const item = policies[single];
    if (item === undefined) continue;
    const problem = readProblem(item, `policies.${single}`);
    if (problem) return fail(problem);
  }
  const request: SimulationRequest = {
    principal: { [kind]: id },
    action: value.action,
    resource: value.resource,
    ...(value.resourceAccount !== undefined
      ? { resourceAccount: value.resourceAccount as string }
      : {}),
    ...(value.context !== undefined
      ? { context: value.context as SimulationRequest['context'] }
      : {}),
    policies: policies as SimulationRequest['policies'],
  };
  return { ok: true, request };
}

function readProblem(policy: unknown, where: string): RequestError | undefined {
  if (typeof policy !== 'string' && !isRecord(policy))
    return { code: 'policy-not-object-or-text', params: { where } };
  const problem = policyProblem(policy);
  return problem ? { code: 'policy-unreadable', params: { where, problem } } : undefined;
}

/** Reads request text and evaluates it: the CLI's `simulate` in one call. */
export function simulate(text: string): SimulateResult {
  const read = readSimulationRequest(text);
  if (!read.ok) return read;
  return { ok: true, result: evaluateRequest(read.request) };
}
