/**
 * The AWS CLI's IAM outputs, as the AWS CLI Command Reference prints them: `aws iam get-role`,
 * `get-role-policy`, `get-policy-version` and `list-attached-role-policies`.
 */
import { isRecord, own } from '../util/record';
import { boundaryPolicy, finish, managedPolicy, type ImportContext, type RoleDraft } from './draft';
import {
  arrayAt,
  objectAt,
  optionalNumber,
  optionalString,
  policyAt,
  records,
  stringAt,
} from './fields';
import type { ImportResult } from './types';

/** The role name Rolemap uses where the output names none (as a scenario file without one). */
export const DEFAULT_ROLE_NAME = 'MyRole';

/** `get-role`: `{"Role": {RoleName, Arn, AssumeRolePolicyDocument, MaxSessionDuration, PermissionsBoundary}}`. */
export function fromGetRole(value: Record<string, unknown>, ctx: ImportContext): ImportResult {
  const role = objectAt(value, 'Role', 'Role');
  const draft: RoleDraft = {
    name: stringAt(role, 'RoleName', 'Role.RoleName'),
    trustPolicy: policyAt(role, 'AssumeRolePolicyDocument', 'Role.AssumeRolePolicyDocument'),
    policies: [],
  };
  ctx.notes.push({ code: 'no-permission-policies', params: {} });
  withRoleDetails(draft, role, ctx);
  return finish('aws-get-role', draft, ctx);
}

/**
 * What IAM's `Role` and `RoleDetail` share (IAM API Reference): `Arn`, `MaxSessionDuration` and
 * `PermissionsBoundary: {PermissionsBoundaryType, PermissionsBoundaryArn}`, read into the draft.
 */
export function withRoleDetails(
  draft: RoleDraft,
  role: Readonly<Record<string, unknown>>,
  ctx: ImportContext,
): void {
  const arn = optionalString(role, 'Arn');
  if (arn !== undefined) draft.arn = arn;
  const max = optionalNumber(role, 'MaxSessionDuration');
  if (max !== undefined) draft.maxSessionDuration = max;
  const boundary = own(role, 'PermissionsBoundary');
  const boundaryArn = isRecord(boundary)
    ? optionalString(boundary, 'PermissionsBoundaryArn')
    : undefined;
  if (boundaryArn === undefined) return;
  const text = boundaryPolicy(ctx, boundaryArn);
  if (text !== undefined) draft.boundary = text;
}

/** `get-role-policy`: `{RoleName, PolicyName, PolicyDocument}`, one inline policy of a role. */
export function fromGetRolePolicy(
  value: Record<string, unknown>,
  ctx: ImportContext,
): ImportResult {
  const draft: RoleDraft = {
    name: optionalString(value, 'RoleName') ?? DEFAULT_ROLE_NAME,
    policies: [
      {
        name: stringAt(value, 'PolicyName', 'PolicyName'),
        managed: false,
        document: policyAt(value, 'PolicyDocument', 'PolicyDocument'),
      },
    ],
  };
  return finish('aws-get-role-policy', draft, ctx);
}

/** `get-policy-version`: `{"PolicyVersion": {Document, VersionId, IsDefaultVersion}}`. */
export function fromGetPolicyVersion(
  value: Record<string, unknown>,
  ctx: ImportContext,
): ImportResult {
  const version = objectAt(value, 'PolicyVersion', 'PolicyVersion');
  const id = optionalString(version, 'VersionId');
  const draft: RoleDraft = {
    name: DEFAULT_ROLE_NAME,
    policies: [
      {
        name: id !== undefined ? `Policy-${id}` : 'Policy',
        managed: false,
        document: policyAt(version, 'Document', 'PolicyVersion.Document'),
      },
    ],
  };
  return finish('aws-get-policy-version', draft, ctx);
}

/** `list-attached-role-policies`: `{"AttachedPolicies": [{PolicyName, PolicyArn}]}`, resolved by ARN. */
export function fromListAttached(value: Record<string, unknown>, ctx: ImportContext): ImportResult {
  const list = arrayAt(value, 'AttachedPolicies', 'AttachedPolicies');
  const policies = records(list).map(([i, p]) =>
    managedPolicy(
      ctx,
      stringAt(p, 'PolicyArn', `AttachedPolicies[${i}].PolicyArn`),
      optionalString(p, 'PolicyName'),
    ),
  );
  return finish('aws-list-attached-role-policies', { name: DEFAULT_ROLE_NAME, policies }, ctx);
}
