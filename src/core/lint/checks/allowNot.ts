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
        ctx.report(
          'security',
          'allow-not-action',
          'Allow with NotAction on all resources grants every action except the listed ones, including actions of services added later. List the allowed actions instead.',
          stmt.notAction.path,
          { part: 'key' },
        );
      }
      if (stmt.notPrincipal && (ctx.kind === 'resource' || ctx.kind === 'trust')) {
        ctx.report(
          'security',
          'allow-not-principal',
          'Allow with NotPrincipal grants access to every principal except the listed ones, anonymous users included. Name the allowed principals with Principal.',
          stmt.notPrincipal.path,
          { part: 'key' },
        );
      }
    }
  },
};
