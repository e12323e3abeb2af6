/**
 * Reading a simulation request (PRODUCT.md "Simulation request") from text, with a one-line
 * message for anything malformed, and `simulate` that reads and evaluates in one call.
 */

import { evaluateRequest } from './evaluate';
import { readPolicyDocument } from './readPolicyDocument';
import type { EvaluationResult, SimulationRequest } from './types';

export type ReadRequestResult =
  { ok: true; request: SimulationRequest } | { ok: false; message: string };
export type SimulateResult =
  { ok: true; result: EvaluationResult } | { ok: false; message: string };

/** Largest request text read (5 MiB of policies is far beyond any real account's). */
export const MAX_REQUEST_CHARS = 8 * 1024 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

/** Parses and validates request text; never throws. */
export function readSimulationRequest(text: string): ReadRequestResult {
  if (typeof text !== 'string') return fail('The request must be JSON text.');
  if (text.length > MAX_REQUEST_CHARS)
    return fail(`The request is larger than ${MAX_REQUEST_CHARS} characters.`);
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'syntax error';
    return fail(`The request is not valid JSON: ${detail.split('\n')[0]}`);
  }
  return validateSimulationRequest(value);
}

/** Checks an already-parsed request's shape; policies given as text must parse to objects. */
export function validateSimulationRequest(value: unknown): ReadRequestResult {
  try {
    return validate(value);
  } catch {
    return fail('The request could not be read.');
  }
}

function validate(value: unknown): ReadRequestResult {
  if (!isRecord(value))
    return fail('The request must be a JSON object with principal, action, resource and policies.');
  const principal = value.principal;
  if (!isRecord(principal)) {
    return fail(
      'principal must be an object with one of "AWS", "Service" or "Federated", e.g. {"AWS": "arn:aws:iam::111122223333:user/alice"}.',
    );
  }
  const kinds = ['AWS', 'Service', 'Federated'].filter((k) => k in principal);
  if (kinds.length !== 1)
    return fail('principal must have exactly one of "AWS", "Service" or "Federated".');
  const kind = kinds[0] as 'AWS' | 'Service' | 'Federated';
  const id = principal[kind];
  if (typeof id !== 'string' || id.trim() === '')
    return fail(`principal.${kind} must be a non-empty string.`);

  if (typeof value.action !== 'string' || value.action.trim() === '') {
    return fail('action must be a non-empty string such as "s3:GetObject".');
  }
  if (typeof value.resource !== 'string' || value.resource.trim() === '') {
    return fail('resource must be a non-empty string: an ARN, or "*".');
  }
  if (
    value.resourceAccount !== undefined &&
    (typeof value.resourceAccount !== 'string' || !/^\d{12}$/.test(value.resourceAccount))
  ) {
    return fail('resourceAccount must be a 12-digit account id.');
  }
  if (value.context !== undefined) {
    if (!isRecord(value.context))
      return fail('context must be an object of condition keys to values.');
    for (const key of Object.keys(value.context)) {
      const v: unknown = value.context[key];
      const scalar = (x: unknown): boolean =>
        typeof x === 'string' ||
        typeof x === 'boolean' ||
        (typeof x === 'number' && Number.isFinite(x));
      if (!(scalar(v) || (Array.isArray(v) && v.every(scalar)))) {
        return fail(`context["${key}"] must be a string, number, boolean or an array of them.`);
      }
    }
  }
  const policies = value.policies ?? {};
  if (!isRecord(policies))
    return fail('policies must be an object with identity, boundary, session, scp and resource.');
  for (const list of ['identity', 'scp'] as const) {
    const items = policies[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) return fail(`policies.${list} must be an array of policies.`);
    for (let i = 0; i < items.length; i += 1) {
      const problem = policyProblem(items[i]);
      if (problem) return fail(`policies.${list}[${i}]: ${problem}`);
    }
  }
  for (const single of ['boundary', 'session', 'resource'] as const) {
    const item = policies[single];
    if (item === undefined) continue;
    const problem = policyProblem(item);
    if (problem) return fail(`policies.${single}: ${problem}`);
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

function policyProblem(policy: unknown): string | undefined {
  if (typeof policy !== 'string' && !isRecord(policy))
    return 'a policy must be an object or JSON text.';
  const read = readPolicyDocument(policy);
  return read.ok ? undefined : read.message;
}

/** Reads request text and evaluates it: the CLI's `simulate` in one call. */
export function simulate(text: string): SimulateResult {
  const read = readSimulationRequest(text);
  if (!read.ok) return read;
  return { ok: true, result: evaluateRequest(read.request) };
}
