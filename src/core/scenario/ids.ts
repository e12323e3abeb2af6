/** New stable document ids: the first free `permission:N` / `scp:N`, found by membership, never by parsing. */
import type { PermissionDocId, RcpDocId, Scenario, ScpDocId } from './types';

function firstFree<T extends string>(taken: ReadonlySet<string>, make: (n: number) => T): T {
  for (let n = 0; ; n++) {
    const id = make(n);
    if (!taken.has(id)) return id;
  }
}

/** An id for a new permission policy of this scenario. */
export function newPermissionId(scenario: Scenario): PermissionDocId {
  const taken = new Set<string>(scenario.role.permissionPolicies.map((p) => p.id));
  return firstFree(taken, (n) => `permission:${n}` as const);
}

/** An id for a new SCP of this scenario. */
export function newScpId(scenario: Scenario): ScpDocId {
  const taken = new Set<string>((scenario.scps ?? []).map((s) => s.id));
  return firstFree(taken, (n) => `scp:${n}` as const);
}

/** An id for a new RCP of this scenario. */
export function newRcpId(scenario: Scenario): RcpDocId {
  const taken = new Set<string>((scenario.rcps ?? []).map((s) => s.id));
  return firstFree(taken, (n) => `rcp:${n}` as const);
}

/** The ids of a scenario's removable documents, in order: what a saved workspace keeps beside the file. */
export interface DocIds {
  permissions: readonly string[];
  scps: readonly string[];
  rcps?: readonly string[];
}

/** The scenario's ids, for saving. */
export function docIdsOf(scenario: Scenario): DocIds {
  return {
    permissions: scenario.role.permissionPolicies.map((p) => p.id),
    scps: (scenario.scps ?? []).map((s) => s.id),
    ...(scenario.rcps !== undefined ? { rcps: scenario.rcps.map((s) => s.id) } : {}),
  };
}

function validIds<T extends string>(ids: unknown, count: number, prefix: string): T[] | undefined {
  if (!Array.isArray(ids) || ids.length !== count) return undefined;
  const ok = ids.every((id) => typeof id === 'string' && id.startsWith(prefix));
  return ok && new Set(ids).size === ids.length ? (ids as T[]) : undefined;
}

/** Puts saved ids back on a scenario read from its file form; ids that do not fit are left fresh. */
export function withDocIds(scenario: Scenario, ids: unknown): Scenario {
  const record = typeof ids === 'object' && ids !== null ? (ids as Record<string, unknown>) : {};
  const policies = scenario.role.permissionPolicies;
  const scps = scenario.scps ?? [];
  const p = validIds<PermissionDocId>(record.permissions, policies.length, 'permission:');
  const s = validIds<ScpDocId>(record.scps, scps.length, 'scp:');
  const rcps = scenario.rcps ?? [];
  const r = validIds<RcpDocId>(record.rcps, rcps.length, 'rcp:');
  return {
    ...scenario,
    role: {
      ...scenario.role,
      permissionPolicies: p ? policies.map((x, i) => ({ ...x, id: p[i] ?? x.id })) : policies,
    },
    ...(scenario.scps !== undefined && s
      ? { scps: scps.map((x, i) => ({ ...x, id: s[i] ?? x.id })) }
      : {}),
    ...(scenario.rcps !== undefined && r
      ? { rcps: rcps.map((x, i) => ({ ...x, id: r[i] ?? x.id })) }
      : {}),
  };
}
