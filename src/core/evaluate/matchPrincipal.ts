/**
 * Principal matching for resource-based policies (AWS docs, "AWS JSON policy elements:
 * Principal"): `*`, accounts (id or `:root`, meaning every principal of that account), users,
 * roles (a role ARN also covers its sessions), role sessions, services and federated providers.
 * Principal values never use partial wildcards, so comparisons are exact.
 */

import { isAccountId, splitArn } from '../aws/arn';
import type { PrincipalElement } from '../policy/statements';
import type { JsonPath } from '../policy/types';
import { NO_PARAMS, type Note } from './codes';
import type { PrincipalInfo } from './principalInfo';
import { isCut, noteListProblems } from './readStrings';
import type { PrincipalMatchKind } from './types';

/** One principal entry with its path. */
export interface IndexedString {
  text: string;
  path: JsonPath;
}

export interface CompiledPrincipal {
  key: 'Principal' | 'NotPrincipal';
  /** `"Principal": "*"`. */
  star?: JsonPath;
  aws: IndexedString[];
  service: IndexedString[];
  federated: IndexedString[];
  canonicalUser: IndexedString[];
  /** Some list was cut at POLICY_LIMITS.values: an entry beyond it could name the principal. */
  cut: boolean;
}

export interface PrincipalMatch {
  matched: boolean;
  kind?: PrincipalMatchKind;
  path?: JsonPath;
}

/** Compiles a Principal/NotPrincipal element once per policy. */
export function compilePrincipal(
  key: 'Principal' | 'NotPrincipal',
  element: PrincipalElement,
  notes: Note[],
): CompiledPrincipal {
  const out: CompiledPrincipal = {
    key,
    aws: [],
    service: [],
    federated: [],
    canonicalUser: [],
    cut: false,
  };
  if (element.kind === '*') {
    out.star = element.path;
    return out;
  }
  if (element.kind === 'invalid') {
    notes.push({ code: 'principal-invalid', params: { element: key } });
    return out;
  }
  for (const [name, list] of element.types) {
    noteListProblems(list, `${key}.${name}`, notes);
    if (isCut(list)) out.cut = true;
    const entries = list.values.map((v) => ({ text: v.value, path: v.path }));
    if (name === 'AWS') out.aws = entries;
    else if (name === 'Service') out.service = entries;
    else if (name === 'Federated') out.federated = entries;
    else if (name === 'CanonicalUser') out.canonicalUser = entries;
    else notes.push({ code: 'principal-type-unknown', params: { element: key, type: name } });
  }
  if (out.canonicalUser.length > 0) {
    notes.push({ code: 'canonical-user-unsupported', params: NO_PARAMS });
  }
  return out;
}

/** How much an entry naming the principal is worth: exact names beat roles, roles beat accounts. */
const RANK: Readonly<Record<PrincipalMatchKind, number>> = {
  user: 5,
  'role-session': 5,
  'federated-user': 5,
  service: 5,
  federated: 5,
  any: 4,
  'not-principal': 4,
  role: 3,
  account: 1,
};

/** The account named by an AWS principal entry (`123456789012` or `arn:…:iam::123456789012:root`). */
export function entryAccount(entry: string): string | undefined {
  if (isAccountId(entry)) return entry;
  const arn = splitArn(entry);
  return arn && arn.service === 'iam' && arn.resource === 'root' ? arn.account : undefined;
}

/** The account and name of a role ARN entry (`arn:aws:iam::ACCOUNT:role/path/NAME`). */
export function entryRole(entry: string): { account: string; name: string } | undefined {
  const arn = splitArn(entry);
  if (!arn || arn.service !== 'iam' || !arn.resource.startsWith('role/')) return undefined;
  const parts = arn.resource.split('/');
  const name = parts[parts.length - 1];
  return name ? { account: arn.account, name } : undefined;
}

function classifyAws(entry: string, info: PrincipalInfo): PrincipalMatchKind | undefined {
  if (entry === '*') return 'any';
  if (info.type === 'anonymous' || info.type === 'service' || info.type === 'federated') {
    return undefined;
  }
  const account = entryAccount(entry);
  if (account !== undefined) return account === info.account ? 'account' : undefined;
  const role = entryRole(entry);
  if (role !== undefined) {
    if (info.type === 'role' && entry === info.id) return 'role';
    if (
      info.type === 'role-session' &&
      role.account === info.account &&
      role.name === info.roleName
    ) {
      return 'role';
    }
    return undefined;
  }
  if (entry !== info.id) return undefined;
  if (info.type === 'role-session') return 'role-session';
  if (info.type === 'federated-user') return 'federated-user';
  return 'user';
}

/** Finds the entry that names the principal most directly; `matched` false when none does. */
export function matchPrincipal(spec: CompiledPrincipal, info: PrincipalInfo): PrincipalMatch {
  if (spec.star !== undefined) return { matched: true, kind: 'any', path: spec.star };
  let best: PrincipalMatch = { matched: false };
  const consider = (kind: PrincipalMatchKind | undefined, path: JsonPath): void => {
    if (kind === undefined) return;
    if (!best.matched || RANK[kind] > RANK[best.kind ?? 'account'])
      best = { matched: true, kind, path };
  };
  for (const e of spec.aws) consider(classifyAws(e.text, info), e.path);
  if (info.type === 'service') {
    const id = info.id.toLowerCase();
    for (const e of spec.service)
      consider(e.text.toLowerCase() === id ? 'service' : undefined, e.path);
  }
  if (info.type === 'federated') {
    for (const e of spec.federated) consider(e.text === info.id ? 'federated' : undefined, e.path);
  }
  return best;
}
