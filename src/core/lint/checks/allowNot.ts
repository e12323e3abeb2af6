import { hasStarResource, isAllow } from '../helpers';
import type { Check } from '../types';

/**
 * `Allow` with `NotAction` grants every other action, including ones AWS adds later
 * (IAM NotAction element reference); `Allow` with `NotPrincipal` admits everyone else,
 * anonymous users included (IAM NotPrincipal element reference, which advises against it).
 */
export const allowNot: Check = {
  codes: ['allow-not-action', 'allow-not-principal'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      if (!isAllow(stmt)) continue;
      if (stmt.notAction && (hasStarResource(stmt) || stmt.notResource) && ctx.kind !== 'trust') {
        ctx.report('security', 'allow-not-action', {}, stmt.notAction.path, { part: 'key' });
      }
      if (stmt.notPrincipal && (ctx.kind === 'resource' || ctx.kind === 'trust')) {
        ctx.report('security', 'allow-not-principal', {}, stmt.notPrincipal.path, {
          part: 'key',
        });
      }
    }
  },
};
