import type { PermissionPolicy, Scenario } from './types';

export type ReadScenarioResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

const MAX_SCENARIO_CHARS = 5_000_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A policy may be given as text (kept verbatim) or as a JSON object (pretty-printed). */
function policyText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isRecord(v)) return JSON.stringify(v, null, 2);
  return undefined;
}

/** Validates untrusted scenario data (file, URL, storage) into a Scenario, with a one-line reason when it is not one. */
export function readScenarioValue(value: unknown): ReadScenarioResult {
  if (!isRecord(value)) return { ok: false, message: 'scenario must be a JSON object' };
  if (value.rolemap !== 1) return { ok: false, message: 'scenario must have "rolemap": 1' };
  const role = value.role;
  if (!isRecord(role)) return { ok: false, message: 'scenario.role must be an object' };
  const trust = policyText(role.trustPolicy);
  if (trust === undefined)
    return { ok: false, message: 'role.trustPolicy must be a policy (text or JSON object)' };
  if (!Array.isArray(role.permissionPolicies))
    return { ok: false, message: 'role.permissionPolicies must be an array' };
  const permissionPolicies: PermissionPolicy[] = [];
  for (const [i, p] of role.permissionPolicies.entries()) {
    if (!isRecord(p))
      return { ok: false, message: `role.permissionPolicies[${i}] must be an object` };
    const document = policyText(p.document);
    if (document === undefined)
      return { ok: false, message: `role.permissionPolicies[${i}].document must be a policy` };
    const name = typeof p.name === 'string' && p.name.trim() !== '' ? p.name : `Policy ${i + 1}`;
    permissionPolicies.push({ name, managed: p.managed === true, document });
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
  if (typeof role.account === 'string' && /^\d{12}$/.test(role.account))
    scenario.role.account = role.account;
  else if (role.account !== undefined)
    return { ok: false, message: 'role.account must be a 12-digit account id' };
  if (role.maxSessionDuration !== undefined) {
    const d = role.maxSessionDuration;
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 3600 || d > 43200)
      return {
        ok: false,
        message: 'role.maxSessionDuration must be a whole number of seconds from 3600 to 43200',
      };
    scenario.role.maxSessionDuration = d;
  }
  if (role.permissionsBoundary !== undefined) {
    const b = policyText(role.permissionsBoundary);
    if (b === undefined) return { ok: false, message: 'role.permissionsBoundary must be a policy' };
    scenario.role.permissionsBoundary = b;
  }
  if (value.sessionPolicy !== undefined) {
    const s = policyText(value.sessionPolicy);
    if (s === undefined) return { ok: false, message: 'sessionPolicy must be a policy' };
    scenario.sessionPolicy = s;
  }
  if (value.scps !== undefined) {
    if (!Array.isArray(value.scps))
      return { ok: false, message: 'scps must be an array of policies' };
    const scps: string[] = [];
    for (const [i, s] of value.scps.entries()) {
      const t = policyText(s);
      if (t === undefined) return { ok: false, message: `scps[${i}] must be a policy` };
      scps.push(t);
    }
    scenario.scps = scps;
  }
  if (value.resourcePolicy !== undefined) {
    const r = policyText(value.resourcePolicy);
    if (r === undefined) return { ok: false, message: 'resourcePolicy must be a policy' };
    scenario.resourcePolicy = r;
  }
  return { ok: true, scenario };
}

/** Parses scenario file text (strict JSON) and validates it; never throws. */
export function readScenarioText(text: string): ReadScenarioResult {
  if (text.length > MAX_SCENARIO_CHARS)
    return { ok: false, message: `scenario is larger than ${MAX_SCENARIO_CHARS} characters` };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, message: `scenario is not valid JSON: ${(e as Error).message}` };
  }
  return readScenarioValue(value);
}
