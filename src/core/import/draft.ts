/** What every format reader produces: a role draft, finished here into a checked scenario. */
import { arnAccount, lastSegment, splitArn } from '../aws/arn';
import { isValidMaxSessionDuration } from '../aws/duration';
import { readScenarioValue } from '../scenario/read';
import { EMPTY_POLICY } from './policyText';
import type { ImportFormat, ImportNote, ImportOptions, ImportResult } from './types';

export interface PolicyDraft {
  name: string;
  managed: boolean;
  document: string;
}

export interface RoleDraft {
  name: string;
  arn?: string;
  maxSessionDuration?: number;
  trustPolicy?: string;
  policies: PolicyDraft[];
  boundary?: string;
}

/** A reader's working state: the caller's options and the notes gathered on the way. */
export interface ImportContext {
  options: ImportOptions;
  notes: ImportNote[];
  /** Customer managed policies the input itself holds, by ARN (authorization details, templates). */
  local?: ReadonlyMap<string, PolicyDraft>;
}

/** A new context for one import. */
export function newContext(options: ImportOptions): ImportContext {
  return { options, notes: [] };
}

/** True for an AWS managed policy's ARN (`arn:aws:iam::aws:policy/…`, any partition). */
export function isAwsManagedArn(arn: string): boolean {
  const parts = splitArn(arn);
  return parts !== undefined && parts.service === 'iam' && parts.account === 'aws';
}

/**
 * The policy a managed ARN stands for: the input's own copy, else the injected lookup, else an
 * empty placeholder named after the ARN with a note, so an attachment is never silently dropped.
 */
export function managedPolicy(ctx: ImportContext, arn: string, name?: string): PolicyDraft {
  const local = ctx.local?.get(arn);
  if (local) return local;
  const found = ctx.options.managedPolicy?.(arn);
  if (found) return { name: found.name, managed: isAwsManagedArn(arn), document: found.document };
  const shown = name ?? lastSegment(splitArn(arn)?.resource ?? arn);
  ctx.notes.push({ code: 'managed-unresolved', params: { arn, name: shown } });
  return { name: shown, managed: false, document: EMPTY_POLICY };
}

/** A boundary's document from its ARN, or a note when it cannot be found (never a guessed boundary). */
export function boundaryPolicy(ctx: ImportContext, arn: string): string | undefined {
  const local = ctx.local?.get(arn);
  if (local) return local.document;
  const found = ctx.options.managedPolicy?.(arn);
  if (found) return found.document;
  ctx.notes.push({ code: 'boundary-unresolved', params: { arn } });
  return undefined;
}

/** Picks one role by name where there are several: the asked one, the only one, or a coded refusal. */
export function pickRole<T>(
  format: ImportFormat,
  roles: readonly T[],
  nameOf: (role: T) => string,
  options: ImportOptions,
): { ok: true; role: T } | Extract<ImportResult, { ok: false }> {
  const names = roles.map(nameOf);
  if (roles.length === 0)
    return { ok: false, format, error: { code: 'no-role', params: { format } } };
  if (options.role !== undefined) {
    const at = names.indexOf(options.role);
    if (at >= 0) return { ok: true, role: roles[at] as T };
    return {
      ok: false,
      format,
      roles: names,
      error: { code: 'role-not-found', params: { role: options.role, roles: names } },
    };
  }
  if (roles.length === 1) return { ok: true, role: roles[0] as T };
  return {
    ok: false,
    format,
    roles: names,
    error: { code: 'choose-role', params: { roles: names } },
  };
}

/** Turns a draft into a checked scenario (the same validation a scenario file gets). */
export function finish(format: ImportFormat, draft: RoleDraft, ctx: ImportContext): ImportResult {
  const notes = ctx.notes;
  if (draft.trustPolicy === undefined) notes.unshift({ code: 'no-trust-policy', params: {} });
  const account = draft.arn !== undefined ? arnAccount(draft.arn) : undefined;
  const file = {
    rolemap: 1,
    title: draft.name,
    role: {
      name: draft.name,
      ...(account !== undefined ? { account } : {}),
      ...(isValidMaxSessionDuration(draft.maxSessionDuration)
        ? { maxSessionDuration: draft.maxSessionDuration }
        : {}),
      trustPolicy: draft.trustPolicy ?? EMPTY_POLICY,
      permissionPolicies: uniqueNames(draft.policies),
      ...(draft.boundary !== undefined ? { permissionsBoundary: draft.boundary } : {}),
    },
  };
  const read = readScenarioValue(file);
  if (!read.ok)
    return { ok: false, format, error: { code: 'bad-scenario', params: { error: read.error } } };
  return { ok: true, format, scenario: read.scenario, notes };
}

/** Policy tabs are named, and a name says which policy: a repeated name gets a number. */
function uniqueNames(policies: readonly PolicyDraft[]): PolicyDraft[] {
  const seen = new Map<string, number>();
  return policies.map((p) => {
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    return n === 1 ? p : { ...p, name: `${p.name}-${n}` };
  });
}
