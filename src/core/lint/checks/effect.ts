import { replaceQuotedFix } from '../helpers';
import type { Check } from '../types';

/** Effect is required and must be exactly "Allow" or "Deny" (Access Analyzer "Missing effect", "Invalid effect"). */
export const effect: Check = {
  codes: ['effect-missing', 'effect-invalid'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      const e = stmt.effect;
      if (e === undefined) {
        ctx.report('error', 'effect-missing', {}, stmt.path);
        continue;
      }
      if (e.value === 'Allow' || e.value === 'Deny') continue;
      const lower = e.value?.toLowerCase();
      const proper = lower === 'allow' ? 'Allow' : lower === 'deny' ? 'Deny' : undefined;
      const range = ctx.rangeOf(e.path);
      ctx.report('error', 'effect-invalid', { value: e.value ?? '', proper }, e.path, {
        fix: replaceQuotedFix(range, proper, (text) => ({
          code: 'replace-with',
          params: { text },
        })),
      });
    }
  },
};
