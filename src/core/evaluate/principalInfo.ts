/** What kind of principal a request comes from, read from its Principal-shaped object. */

import { splitArn } from './arn';
import type { PrincipalType } from './types';

export interface PrincipalInfo {
  type: PrincipalType;
  /** The principal string as given (ARN, account id, service or provider name). */
  id: string;
  /** Account that owns the principal (from its ARN or account id). */
  account?: string;
  partition?: string;
  /** User or role name (last path segment), or the federated user's name. */
  name?: string;
  /** For role sessions: the role's name and session name. */
  roleName?: string;
  sessionName?: string;
  /** aws:PrincipalArn: a role session's value is the role ARN (without path, which a session ARN lacks). */
  principalArn?: string;
}

const ACCOUNT_ID = /^\d{12}$/;

/** True for a 12-digit AWS account id. */
export function isAccountId(text: string): boolean {
  return ACCOUNT_ID.test(text);
}

/** Classifies the request principal; never throws, unknown shapes give type 'unknown'. */
export function describePrincipal(input: unknown): PrincipalInfo {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { type: 'unknown', id: '' };
  }
  const record = input as Record<string, unknown>;
  if (typeof record.Service === 'string') return { type: 'service', id: record.Service };
  if (typeof record.Federated === 'string') return { type: 'federated', id: record.Federated };
  if (typeof record.AWS === 'string') return describeAws(record.AWS.trim());
  return { type: 'unknown', id: '' };
}

function describeAws(id: string): PrincipalInfo {
  if (id === '*') return { type: 'anonymous', id };
  if (isAccountId(id)) {
    return {
      type: 'root',
      id,
      account: id,
      partition: 'aws',
      principalArn: `arn:aws:iam::${id}:root`,
    };
  }
  const arn = splitArn(id);
  if (arn === undefined) return { type: 'unknown', id };
  const base = { id, account: arn.account || undefined, partition: arn.partition };
  const resource = arn.resource;
  if (arn.service === 'iam') {
    if (resource === 'root') return { ...base, type: 'root', principalArn: id };
    if (resource.startsWith('user/')) {
      return { ...base, type: 'user', name: lastSegment(resource), principalArn: id };
    }
    if (resource.startsWith('role/')) {
      return { ...base, type: 'role', name: lastSegment(resource), principalArn: id };
    }
  }
  if (arn.service === 'sts') {
    if (resource.startsWith('assumed-role/')) {
      const [, roleName, ...session] = resource.split('/');
      if (roleName && session.length > 0) {
        return {
          ...base,
          type: 'role-session',
          roleName,
          name: roleName,
          sessionName: session.join('/'),
          principalArn: `arn:${arn.partition}:iam::${arn.account}:role/${roleName}`,
        };
      }
    }
    if (resource.startsWith('federated-user/')) {
      return { ...base, type: 'federated-user', name: resource.slice(15), principalArn: id };
    }
  }
  return { ...base, type: 'unknown' };
}

function lastSegment(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 1] ?? path;
}

/** Principals that IAM identity-side policies (identity, boundary, session, SCP) can govern. */
export function isAwsPrincipal(info: PrincipalInfo): boolean {
  return (
    info.type === 'root' ||
    info.type === 'user' ||
    info.type === 'role' ||
    info.type === 'role-session' ||
    info.type === 'federated-user' ||
    info.type === 'unknown'
  );
}
