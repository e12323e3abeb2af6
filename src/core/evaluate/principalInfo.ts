/** What kind of principal a request comes from, read from its Principal-shaped object. */

import { accountRootArn, isAccountId, readAwsPrincipal, roleArn, splitArn } from '../aws/arn';
import { isRecord } from '../util/record';
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

/** Classifies the request principal; never throws, unknown shapes give type 'unknown'. */
export function describePrincipal(input: unknown): PrincipalInfo {
  if (!isRecord(input)) return { type: 'unknown', id: '' };
  if (typeof input.Service === 'string') return { type: 'service', id: input.Service };
  if (typeof input.Federated === 'string') return { type: 'federated', id: input.Federated };
  if (typeof input.AWS === 'string') return describeAws(input.AWS.trim());
  return { type: 'unknown', id: '' };
}

function describeAws(id: string): PrincipalInfo {
  if (id === '*') return { type: 'anonymous', id };
  const arn = splitArn(id);
  const shape = readAwsPrincipal(id, arn);
  const partition = arn?.partition ?? 'aws';
  switch (shape.shape) {
    case 'account':
      return {
        id,
        account: shape.account || undefined,
        partition,
        type: 'root',
        principalArn: isAccountId(id) ? accountRootArn(id) : id,
      };
    case 'user':
    case 'role':
    case 'federated-user':
      return {
        id,
        account: shape.account || undefined,
        partition,
        type: shape.shape,
        name: shape.name,
        principalArn: id,
      };
    case 'role-session':
      return {
        id,
        account: shape.account || undefined,
        partition,
        type: 'role-session',
        roleName: shape.role,
        name: shape.role,
        sessionName: shape.session,
        principalArn: roleArn(shape.account, shape.role, partition),
      };
    default:
      return arn === undefined
        ? { type: 'unknown', id }
        : { id, account: arn.account || undefined, partition, type: 'unknown' };
  }
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
