import { actionMatches, hasWildcard, splitAction } from '../../pattern';
import { isAllow } from '../helpers';
import type { Check } from '../types';

/** Services whose permission-management actions let the holder grant themselves more access. */
const SENSITIVE = new Set(['iam', 'sts', 'organizations', 'sso', 'identitystore']);

/**
 * Wildcards such as `iam:*` or `iam:Put*` grant "Permissions management" actions, with which the
 * holder can rewrite their own permissions (IAM access levels; Access Analyzer policy checks).
 */
export const permissionsManagement: Check = {
  codes: ['permissions-management-wildcard'],
  run(ctx) {
    if (ctx.kind === 'trust' || ctx.kind === 'scp' || ctx.kind === 'boundary') return;
    for (const stmt of ctx.statements) {
      if (!isAllow(stmt)) continue;
      for (const a of stmt.action?.values ?? []) {
        const parts = splitAction(a.value);
        if (!parts || !hasWildcard(parts.name) || !SENSITIVE.has(parts.service)) continue;
        const loaded = ctx.catalog?.isLoaded(parts.service) === true;
        let count = 0;
        if (loaded) {
          count = (ctx.catalog?.actionsOf(parts.service) ?? []).filter(
            (x) => x.accessLevel === 'Permissions management' && actionMatches(a.value, x.id),
          ).length;
          if (count === 0) continue;
        } else if (!/^\*+$/.test(parts.name)) {
          continue;
        }
        ctx.report(
          'security',
          'permissions-management-wildcard',
          { action: a.value, count: count > 0 ? count : undefined },
          a.path,
        );
      }
    }
  },
};
