import {
  MAX_SESSION_SECONDS,
  MIN_SESSION_SECONDS,
  isValidMaxSessionDuration,
} from '../aws/duration';
import { isAccountId } from '../aws/arn';
import { isRecord } from '../util/record';
import type { ScenarioError } from './errors';
import type { PermissionPolicy, RcpDocument, Scenario, ScpDocument } from './types';

export type ReadScenarioResult =
  { ok: true; scenario: Scenario } | { ok: false; error: ScenarioError };

export const MAX_SCENARIO_CHARS = 5_000_000;
/**
 * The most documents one list may hold: AWS allows 10 managed policies per role (20 on request)
 * and inline policies within 10,240 characters in all, and at most 5 SCPs or RCPs per target.
 * Far more than any role has, far less than a hostile link's thousands.
 */
export const MAX_DOCUMENTS = 100;
/** The longest title or role name kept (IAM role names are at most 64 characters). */
export const MAX_NAME_CHARS = 1_000;

/** A list longer than MAX_DOCUMENTS, as an error for `path`. */
function tooMany(list: readonly unknown[], path: string): ScenarioError | undefined {
  return list.length > MAX_DOCUMENTS
    ? { code: 'too-many-documents', params: { path, limit: MAX_DOCUMENTS } }
    : undefined;
}

/** A title or name longer than MAX_NAME_CHARS, as an error for `path`. */
function tooLong(value: unknown, path: string): ScenarioError | undefined {
  return typeof value === 'string' && value.length > MAX_NAME_CHARS
    ? { code: 'text-too-long', params: { path, limit: MAX_NAME_CHARS } }
    : undefined;
}

const NONE: Record<string, never> = Object.freeze({}) as Record<string, never>;

function fail(error: ScenarioError): { ok: false; error: ScenarioError } {
  return { ok: false, error };
}

/** A policy may be given as text (kept verbatim) or as a JSON object (pretty-printed). */
function policyText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isRecord(v)) return JSON.stringify(v, null, 2);
  return undefined;
}

/**
 * Validates untrusted scenario data (file, URL, storage) into a Scenario, with a coded reason
 * when it is not one. Documents get fresh stable ids (`permission:0`, `scp:0`, `rcp:0`, … in file order).
 */
export function readScenarioValue(value: unknown): ReadScenarioResult {
  if (!isRecord(value)) return fail({ code: 'not-object', params: NONE });
  if (value.rolemap !== 1) return fail({ code: 'wrong-version', params: NONE });
  const role = value.role;
  if (!isRecord(role)) return fail({ code: 'role-not-object', params: NONE });
  const trust = policyText(role.trustPolicy);
  if (trust === undefined)
    return fail({ code: 'not-a-policy', params: { path: 'role.trustPolicy' } });
  if (!Array.isArray(role.permissionPolicies))
    return fail({ code: 'not-an-array', params: { path: 'role.permissionPolicies' } });
  const bounded =
    tooMany(role.permissionPolicies, 'role.permissionPolicies') ??
    (Array.isArray(value.scps) ? tooMany(value.scps, 'scps') : undefined) ??
    (Array.isArray(value.rcps) ? tooMany(value.rcps, 'rcps') : undefined) ??
    tooLong(value.title, 'title') ??
    tooLong(role.name, 'role.name') ??
    role.permissionPolicies
      .map((p, i) =>
        isRecord(p) ? tooLong(p.name, `role.permissionPolicies[${i}].name`) : undefined,
      )
      .find((e) => e !== undefined);
  if (bounded) return fail(bounded);
  const permissionPolicies: PermissionPolicy[] = [];
  for (const [i, p] of role.permissionPolicies.entries()) {
    const path = `role.permissionPolicies[${i}]`;
    if (!isRecord(p)) return fail({ code: 'entry-not-object', params: { path } });
    const document = policyText(p.document);
    if (document === undefined)
      return fail({ code: 'not-a-policy', params: { path: `${path}.document` } });
    const name = typeof p.name === 'string' && p.name.trim() !== '' ? p.name : `Policy${i + 1}`;
    permissionPolicies.push({ id: `permission:${i}`, name, managed: p.managed === true, document });
  }
  const scenario: Scenario = {
    rolemap: 1,
    role: {
      name: typeof role.name === 'string' && role.name.trim() !== '' ? role.name : 'MyRole',
      trustPolicy: trust,
      permissionPolicies,
    },
  };
  if (typeof value.title === 'string') scenario.title = value.title;
  if (typeof role.account === 'string' && isAccountId(role.account))
    scenario.role.account = role.account;
  else if (role.account !== undefined) return fail({ code: 'account-invalid', params: NONE });
  if (role.maxSessionDuration !== undefined) {
    if (!isValidMaxSessionDuration(role.maxSessionDuration))
      return fail({
        code: 'session-duration-invalid',
        params: { min: MIN_SESSION_SECONDS, max: MAX_SESSION_SECONDS },
      });
    scenario.role.maxSessionDuration = role.maxSessionDuration;
  }
  if (role.permissionsBoundary !== undefined) {
    const b = policyText(role.permissionsBoundary);
    if (b === undefined)
      return fail({ code: 'not-a-policy', params: { path: 'role.permissionsBoundary' } });
    scenario.role.permissionsBoundary = b;
  }
  if (value.sessionPolicy !== undefined) {
    const s = policyText(value.sessionPolicy);
    if (s === undefined) return fail({ code: 'not-a-policy', params: { path: 'sessionPolicy' } });
    scenario.sessionPolicy = s;
  }
  if (value.scps !== undefined) {
    if (!Array.isArray(value.scps)) return fail({ code: 'not-an-array', params: { path: 'scps' } });
    const scps: ScpDocument[] = [];
    for (const [i, s] of value.scps.entries()) {
      const t = policyText(s);
      if (t === undefined) return fail({ code: 'not-a-policy', params: { path: `scps[${i}]` } });
      scps.push({ id: `scp:${i}`, document: t });
    }
    scenario.scps = scps;
  }
  if (value.rcps !== undefined) {
    if (!Array.isArray(value.rcps)) return fail({ code: 'not-an-array', params: { path: 'rcps' } });
    const rcps: RcpDocument[] = [];
    for (const [i, s] of value.rcps.entries()) {
      const t = policyText(s);
      if (t === undefined) return fail({ code: 'not-a-policy', params: { path: `rcps[${i}]` } });
      rcps.push({ id: `rcp:${i}`, document: t });
    }
    scenario.rcps = rcps;
  }
  if (value.endpointPolicy !== undefined) {
    const e = policyText(value.endpointPolicy);
    if (e === undefined) return fail({ code: 'not-a-policy', params: { path: 'endpointPolicy' } });
    scenario.endpointPolicy = e;
  }
  if (value.resourcePolicy !== undefined) {
    const r = policyText(value.resourcePolicy);
    if (r === undefined) return fail({ code: 'not-a-policy', params: { path: 'resourcePolicy' } });
    scenario.resourcePolicy = r;
  }
  return { ok: true, scenario };
}

/** Parses scenario file text (strict JSON) and validates it; never throws. */
export function readScenarioText(text: string): ReadScenarioResult {
  if (typeof text !== 'string') return fail({ code: 'not-object', params: NONE });
  if (text.length > MAX_SCENARIO_CHARS)
    return fail({ code: 'too-large', params: { limit: MAX_SCENARIO_CHARS } });
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail({
      code: 'not-json',
      params: { detail: (e as Error).message.split('\n')[0] ?? '' },
    });
  }
  return readScenarioValue(value);
}
