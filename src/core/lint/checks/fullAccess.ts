import { hasStarResource, isAllow } from '../helpers';
import type { Check } from '../types';

/** `"Action": "*"` with `"Resource": "*"` is full administrator access to the account. */
export const fullAccess: Check = {
  codes: ['full-access'],
  run(ctx) {
    if (ctx.kind === 'trust' || ctx.kind === 'scp' || ctx.kind === 'boundary') return;
    for (const stmt of ctx.statements) {
      if (!isAllow(stmt) || stmt.condition) continue;
      const star = stmt.action?.values.find((a) => /^\*+(:\*+)?$/.test(a.value));
      if (!star || !hasStarResource(stmt)) continue;
      ctx.report('security', 'full-access', {}, star.path);
    }
  },
};
