import type { PolicyStatement } from '../../policy';
import { isAllow } from '../helpers';
import type { Check } from '../types';
import { DENY_GUARD_BUDGET, denyGuards, guardedByDeny } from './denyGuard';
import { restriction } from './restrictingCondition';

/** Condition keys that narrow "anyone" down to known accounts, organizations or sources. */
const RESTRICTING: ReadonlySet<string> = new Set([
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourceowner',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceip',
  'aws:userid',
  'aws:username',
  'sts:externalid',
]);

function isOpen(stmt: PolicyStatement): { path: (string | number)[] } | undefined {
  const p = stmt.principal;
  if (!p) return undefined;
  if (p.kind === '*') return { path: [...p.path] };
  if (p.kind !== 'map') return undefined;
  const aws = p.types.get('AWS');
  const star = aws?.values.find((v) => v.value === '*');
  return star ? { path: [...star.path] } : undefined;
}

/**
 * A trust or resource policy that allows `"Principal": "*"` or `{"AWS": "*"}` without a condition
 * that really narrows it to accounts, an organization or a source lets anyone in (IAM Principal
 * element reference: "Everyone (anonymous users)"). A condition counts only when it admits listed
 * values: not negated (StringNotEquals), not …IfExists, not Null, not `*` or `0.0.0.0/0`. A Deny
 * for everyone outside the organization or account, covering the same actions, guards it too.
 * In a trust policy this is an error, as Access Analyzer's "Role trust policy unsupported wildcard
 * in principal"; in a resource policy public access is possible by design, so a security warning.
 */
export const openTrust: Check = {
  codes: ['open-to-anyone'],
  run(ctx) {
    if (ctx.kind !== 'trust' && ctx.kind !== 'resource') return;
    let guards: PolicyStatement[] | undefined;
    const budget = { left: DENY_GUARD_BUDGET };
    for (const stmt of ctx.statements) {
      if (!isAllow(stmt)) continue;
      const open = isOpen(stmt);
      if (!open) continue;
      const r = restriction(stmt, RESTRICTING);
      if (r.restricted) continue;
      guards ??= denyGuards(ctx.statements, RESTRICTING);
      if (guardedByDeny(stmt, guards, budget)) continue;
      const severity = ctx.kind === 'trust' ? 'error' : 'security';
      const params = r.ignored ? { kind: ctx.kind, ignored: r.ignored } : { kind: ctx.kind };
      ctx.report(severity, 'open-to-anyone', params, open.path);
    }
  },
};
