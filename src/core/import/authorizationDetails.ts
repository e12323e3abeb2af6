/**
 * `aws iam get-account-authorization-details`: one role of `RoleDetailList` with its inline policies
 * (`RolePolicyList`), attached policies (`AttachedManagedPolicies`, read from the output's own
 * `Policies` list where it has them) and permissions boundary.
 */
import { own } from '../util/record';
import { withRoleDetails } from './awsCli';
import {
  finish,
  isAwsManagedArn,
  managedPolicy,
  pickRole,
  type ImportContext,
  type PolicyDraft,
  type RoleDraft,
} from './draft';
import { arrayAt, optionalString, policyAt, records, stringAt } from './fields';
import { policyText } from './policyText';
import type { ImportResult } from './types';

/** Reads the role `ctx.options.role` names (or the only one) from authorization details. */
export function fromAuthorizationDetails(
  value: Record<string, unknown>,
  ctx: ImportContext,
): ImportResult {
  const roles = records(arrayAt(value, 'RoleDetailList', 'RoleDetailList'));
  const picked = pickRole(
    'aws-authorization-details',
    roles,
    ([i, r]) => stringAt(r, 'RoleName', `RoleDetailList[${i}].RoleName`),
    ctx.options,
  );
  if (!picked.ok) return picked;
  const [i, role] = picked.role;
  const at = `RoleDetailList[${i}]`;
  ctx.local = localPolicies(arrayAt(value, 'Policies', 'Policies', true));
  const inline = records(arrayAt(role, 'RolePolicyList', `${at}.RolePolicyList`, true)).map(
    ([j, p]): PolicyDraft => ({
      name: stringAt(p, 'PolicyName', `${at}.RolePolicyList[${j}].PolicyName`),
      managed: false,
      document: policyAt(p, 'PolicyDocument', `${at}.RolePolicyList[${j}].PolicyDocument`),
    }),
  );
  const attached = records(
    arrayAt(role, 'AttachedManagedPolicies', `${at}.AttachedManagedPolicies`, true),
  ).map(([j, p]) =>
    managedPolicy(
      ctx,
      stringAt(p, 'PolicyArn', `${at}.AttachedManagedPolicies[${j}].PolicyArn`),
      optionalString(p, 'PolicyName'),
    ),
  );
  const draft: RoleDraft = {
    name: stringAt(role, 'RoleName', `${at}.RoleName`),
    trustPolicy: policyAt(role, 'AssumeRolePolicyDocument', `${at}.AssumeRolePolicyDocument`),
    policies: [...inline, ...attached],
  };
  withRoleDetails(draft, role, ctx);
  return finish('aws-authorization-details', draft, ctx);
}

/** The output's managed policies by ARN, each with its default version's document. */
function localPolicies(list: readonly unknown[]): Map<string, PolicyDraft> {
  const out = new Map<string, PolicyDraft>();
  for (const [, p] of records(list)) {
    const arn = optionalString(p, 'Arn');
    const name = optionalString(p, 'PolicyName');
    if (arn === undefined || name === undefined) continue;
    const versions = records(arrayAt(p, 'PolicyVersionList', 'PolicyVersionList', true));
    const chosen =
      versions.find(([, v]) => own(v, 'IsDefaultVersion') === true) ??
      versions.find(([, v]) => own(v, 'VersionId') === own(p, 'DefaultVersionId'));
    const document = chosen ? policyText(own(chosen[1], 'Document')) : undefined;
    if (document !== undefined) out.set(arn, { name, managed: isAwsManagedArn(arn), document });
  }
  return out;
}
