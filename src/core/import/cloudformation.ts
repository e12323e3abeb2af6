/**
 * A CloudFormation template (CloudFormation User Guide, "AWS::IAM::Role", "AWS::IAM::Policy",
 * "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy"): one role with its inline `Policies`,
 * `ManagedPolicyArns`, `PermissionsBoundary` and the policy resources attached to it.
 */
import { isRecord, own } from '../util/record';
import {
  boundaryPolicy,
  finish,
  managedPolicy,
  pickRole,
  type ImportContext,
  type PolicyDraft,
  type RoleDraft,
} from './draft';
import { FieldError, objectAt, optionalNumber, records } from './fields';
import { resolveIntrinsics, type Placeholders } from './intrinsics';
import { policyText } from './policyText';
import type { ImportFormat, ImportResult } from './types';

interface Resource {
  id: string;
  type: string;
  props: Record<string, unknown>;
}

/** True when a value is a `{"Ref": id}` of that logical id. */
function refersTo(value: unknown, id: string): boolean {
  return isRecord(value) && Object.keys(value).length === 1 && own(value, 'Ref') === id;
}

/** Reads the role `ctx.options.role` names (logical id or RoleName), or the only one, from a template. */
export function fromCloudFormation(
  value: Record<string, unknown>,
  format: ImportFormat,
  ctx: ImportContext,
): ImportResult {
  const resources: Resource[] = [];
  for (const [id, r] of Object.entries(objectAt(value, 'Resources', 'Resources'))) {
    if (!isRecord(r) || typeof own(r, 'Type') !== 'string') continue;
    const props = own(r, 'Properties');
    resources.push({ id, type: own(r, 'Type') as string, props: isRecord(props) ? props : {} });
  }
  const mappings = own(value, 'Mappings');
  const maps = isRecord(mappings) ? { mappings } : {};
  const ph: Placeholders = { seen: new Set(), ...maps };
  const str = (v: unknown, into: Placeholders = ph) => {
    const r = resolveIntrinsics(v, into);
    return typeof r === 'string' ? r : undefined;
  };
  // Matching a role by name must not count the placeholders of roles and policies not imported.
  const probe = (v: unknown) => str(v, { seen: new Set(), ...maps });
  const roles = resources.filter((r) => r.type === 'AWS::IAM::Role');
  // Roles are listed by RoleName where the template gives one, else by logical id; either picks.
  const shownName = (r: Resource) => probe(own(r.props, 'RoleName')) ?? r.id;
  const asked = ctx.options.role;
  const byId = roles.find((r) => asked !== undefined && r.id === asked);
  const options = byId ? { ...ctx.options, role: shownName(byId) } : ctx.options;
  const picked = pickRole(format, roles, shownName, options);
  if (!picked.ok) return picked;
  const role = picked.role;
  const roleName = str(own(role.props, 'RoleName')) ?? role.id;
  const doc = (v: unknown, path: string): string => {
    const text = policyText(resolveIntrinsics(v, ph));
    if (text === undefined)
      throw new FieldError({ code: 'bad-field', params: { path, expected: 'policy' } });
    return text;
  };
  const at = `Resources.${role.id}.Properties`;
  const attachedToRole = (v: unknown) =>
    Array.isArray(v) && v.some((x) => refersTo(x, role.id) || probe(x) === roleName);

  const policies: PolicyDraft[] = [];
  for (const [i, p] of records(arrayOf(own(role.props, 'Policies')))) {
    policies.push({
      name: str(own(p, 'PolicyName')) ?? `${role.id}Policy${i + 1}`,
      managed: false,
      document: doc(own(p, 'PolicyDocument'), `${at}.Policies[${i}].PolicyDocument`),
    });
  }
  const templatePolicy = (r: Resource): PolicyDraft => ({
    name: str(own(r.props, 'ManagedPolicyName')) ?? str(own(r.props, 'PolicyName')) ?? r.id,
    managed: false,
    document: doc(own(r.props, 'PolicyDocument'), `Resources.${r.id}.Properties.PolicyDocument`),
  });
  const managedRefs = arrayOf(own(role.props, 'ManagedPolicyArns'));
  const refOfTemplate = (v: unknown) =>
    resources.find((r) => r.type === 'AWS::IAM::ManagedPolicy' && refersTo(v, r.id));
  const listed = new Set<Resource>();
  for (const v of managedRefs) {
    const local = refOfTemplate(v);
    if (local) {
      listed.add(local);
      policies.push(templatePolicy(local));
      continue;
    }
    const arn = str(v);
    if (arn !== undefined) policies.push(managedPolicy(ctx, arn));
  }
  for (const r of resources) {
    if (listed.has(r)) continue;
    const attached =
      ((r.type === 'AWS::IAM::Policy' || r.type === 'AWS::IAM::ManagedPolicy') &&
        attachedToRole(own(r.props, 'Roles'))) ||
      (r.type === 'AWS::IAM::RolePolicy' && attachedToRole([own(r.props, 'RoleName')]));
    if (attached) policies.push(templatePolicy(r));
  }

  const draft: RoleDraft = {
    name: roleName,
    trustPolicy: doc(own(role.props, 'AssumeRolePolicyDocument'), `${at}.AssumeRolePolicyDocument`),
    policies,
  };
  const max = optionalNumber(role.props, 'MaxSessionDuration');
  if (max !== undefined) draft.maxSessionDuration = max;
  const boundary = own(role.props, 'PermissionsBoundary');
  if (boundary !== undefined) {
    const local = refOfTemplate(boundary);
    const arn = str(boundary);
    const text = local
      ? templatePolicy(local).document
      : arn
        ? boundaryPolicy(ctx, arn)
        : undefined;
    if (text !== undefined) draft.boundary = text;
  }
  const [example] = ph.seen;
  if (example !== undefined)
    ctx.notes.push({ code: 'placeholders', params: { count: ph.seen.size, example } });
  return finish(format, draft, ctx);
}

function arrayOf(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}
