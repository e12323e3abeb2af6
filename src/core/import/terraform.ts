/**
 * `terraform show -json` (Terraform docs, "JSON Output Format"): a plan's `planned_values` or a
 * state's `values`, with the aws provider's `aws_iam_role`, `aws_iam_role_policy`,
 * `aws_iam_role_policy_attachment` and `aws_iam_policy`. A plan leaves values it cannot know yet
 * out of `values`; its `configuration` still says which resource an expression refers to.
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
import { objectAt, optionalNumber, optionalString, records } from './fields';
import { EMPTY_POLICY, policyText } from './policyText';
import type { ImportFormat, ImportResult } from './types';

interface TfResource {
  address: string;
  type: string;
  values: Record<string, unknown>;
  /** Addresses each attribute's configuration expression refers to (plans only). */
  refs: ReadonlyMap<string, readonly string[]>;
}

function list(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Every resource of a module and its child modules. */
function collect(module: unknown, out: TfResource[], refs: Map<string, Map<string, string[]>>) {
  if (!isRecord(module)) return;
  for (const [, r] of records(list(own(module, 'resources')))) {
    const address = optionalString(r, 'address');
    const type = optionalString(r, 'type');
    const values = own(r, 'values');
    if (address === undefined || type === undefined || own(r, 'mode') === 'data') continue;
    const key = address.replace(/\[[^\]]*\]$/, '');
    out.push({
      address,
      type,
      values: isRecord(values) ? values : {},
      refs: refs.get(key) ?? new Map(),
    });
  }
  for (const [, child] of records(list(own(module, 'child_modules')))) collect(child, out, refs);
}

/** Per resource address, each expression's references, from a plan's `configuration`. */
function configRefs(module: unknown, prefix: string, out: Map<string, Map<string, string[]>>) {
  if (!isRecord(module)) return out;
  for (const [, r] of records(list(own(module, 'resources')))) {
    const address = optionalString(r, 'address');
    const expressions = own(r, 'expressions');
    if (address === undefined || !isRecord(expressions)) continue;
    const byAttr = new Map<string, string[]>();
    for (const [attr, e] of Object.entries(expressions)) {
      const found = isRecord(e) ? list(own(e, 'references')) : [];
      byAttr.set(
        attr,
        found.filter((x): x is string => typeof x === 'string').map((x) => prefix + x),
      );
    }
    out.set(prefix + address, byAttr);
  }
  const calls = own(module, 'module_calls');
  if (isRecord(calls))
    for (const [name, call] of Object.entries(calls))
      if (isRecord(call)) configRefs(own(call, 'module'), `${prefix}module.${name}.`, out);
  return out;
}

/** True when a resource's attribute is, or refers to, the target. */
function pointsAt(r: TfResource, attr: string, target: TfResource, known: string | undefined) {
  const v = optionalString(r.values, attr);
  if (v !== undefined) return known !== undefined && v === known;
  const key = target.address.replace(/\[[^\]]*\]$/, '');
  return (r.refs.get(attr) ?? []).some((x) => x === key || x.startsWith(`${key}.`));
}

/** Reads the role `ctx.options.role` names (name or address), or the only one, from Terraform JSON. */
export function fromTerraform(
  value: Record<string, unknown>,
  format: ImportFormat,
  ctx: ImportContext,
): ImportResult {
  const values = objectAt(
    value,
    format === 'terraform-plan' ? 'planned_values' : 'values',
    format === 'terraform-plan' ? 'planned_values' : 'values',
  );
  const config = own(value, 'configuration');
  const refs = configRefs(isRecord(config) ? own(config, 'root_module') : undefined, '', new Map());
  const resources: TfResource[] = [];
  collect(own(values, 'root_module'), resources, refs);
  const roles = resources.filter((r) => r.type === 'aws_iam_role');
  const nameOf = (r: TfResource) => optionalString(r.values, 'name') ?? r.address;
  const byAddress = roles.find((r) => r.address === ctx.options.role);
  const options = byAddress ? { ...ctx.options, role: nameOf(byAddress) } : ctx.options;
  const picked = pickRole(format, roles, nameOf, options);
  if (!picked.ok) return picked;
  const role = picked.role;
  const roleName = optionalString(role.values, 'name');
  const unknown: string[] = [];
  const later = (r: TfResource, attr: string) => {
    const shown = `{{${r.address}.${attr}}}`;
    unknown.push(shown);
    return shown;
  };
  const docOf = (r: TfResource, attr: string) => {
    const text = policyText(own(r.values, attr));
    if (text !== undefined) return text;
    later(r, attr);
    return EMPTY_POLICY;
  };
  const tfPolicies = resources.filter((r) => r.type === 'aws_iam_policy');

  const policies: PolicyDraft[] = [];
  for (const [i, p] of records(list(own(role.values, 'inline_policy')))) {
    const text = policyText(own(p, 'policy'));
    if (text === undefined) continue;
    policies.push({
      name: optionalString(p, 'name') ?? `${nameOf(role)}-${i + 1}`,
      managed: false,
      document: text,
    });
  }
  // A state's role lists the inline policies and attachments of the other resources too: once each.
  const inlineNames = new Set(policies.map((p) => p.name));
  for (const r of resources) {
    const name = optionalString(r.values, 'name');
    if (name !== undefined && inlineNames.has(name)) continue;
    if (r.type === 'aws_iam_role_policy' && pointsAt(r, 'role', role, roleName))
      policies.push({
        name: optionalString(r.values, 'name') ?? r.address,
        managed: false,
        document: docOf(r, 'policy'),
      });
  }
  const fromArn = (arn: string | undefined, holder: TfResource, attr: string): PolicyDraft => {
    const local = tfPolicies.find((p) =>
      arn !== undefined
        ? optionalString(p.values, 'arn') === arn
        : pointsAt(holder, attr, p, undefined),
    );
    if (local)
      return {
        name: optionalString(local.values, 'name') ?? local.address,
        managed: false,
        document: docOf(local, 'policy'),
      };
    return managedPolicy(ctx, arn ?? later(holder, attr));
  };
  const arns = new Set<string>();
  for (const arn of list(own(role.values, 'managed_policy_arns')))
    if (typeof arn === 'string' && !arns.has(arn)) {
      arns.add(arn);
      policies.push(fromArn(arn, role, 'managed_policy_arns'));
    }
  for (const r of resources) {
    const arn = optionalString(r.values, 'policy_arn');
    if (arn !== undefined && arns.has(arn)) continue;
    if (r.type === 'aws_iam_role_policy_attachment' && pointsAt(r, 'role', role, roleName)) {
      if (arn !== undefined) arns.add(arn);
      policies.push(fromArn(arn, r, 'policy_arn'));
    }
  }

  const draft: RoleDraft = { name: roleName ?? role.address, policies };
  const trust = policyText(own(role.values, 'assume_role_policy'));
  if (trust !== undefined) draft.trustPolicy = trust;
  const arn = optionalString(role.values, 'arn');
  if (arn !== undefined) draft.arn = arn;
  const max = optionalNumber(role.values, 'max_session_duration');
  if (max !== undefined) draft.maxSessionDuration = max;
  const boundaryArn = optionalString(role.values, 'permissions_boundary');
  if (boundaryArn !== undefined) {
    const local = tfPolicies.find((p) => optionalString(p.values, 'arn') === boundaryArn);
    const text = local ? docOf(local, 'policy') : boundaryPolicy(ctx, boundaryArn);
    if (text !== undefined) draft.boundary = text;
  }
  const [example] = unknown;
  if (example !== undefined)
    ctx.notes.push({ code: 'placeholders', params: { count: unknown.length, example } });
  return finish(format, draft, ctx);
}
