import type { PolicyStatement } from '../../policy';
import { conditionKeys, isAllow } from '../helpers';
import type { Check } from '../types';

/** Condition keys that narrow "anyone" down to known accounts, organizations or sources. */
const RESTRICTING = [
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
];

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
 * naming accounts, an organization or a source lets anyone on the internet in (IAM Principal
 * element reference: "Everyone (anonymous users)").
 */
export const openTrust: Check = {
  codes: ['open-to-anyone'],
  run(ctx) {
    if (ctx.kind !== 'trust' && ctx.kind !== 'resource') return;
    for (const stmt of ctx.statements) {
      if (!isAllow(stmt)) continue;
      const open = isOpen(stmt);
      if (!open) continue;
      const keys = conditionKeys(stmt);
      if (RESTRICTING.some((k) => keys.has(k))) continue;
      ctx.report('security', 'open-to-anyone', { kind: ctx.kind }, open.path);
    }
  },
};
