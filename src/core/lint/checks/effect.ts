import { replaceQuotedFix } from '../helpers';
import type { Check } from '../types';

/** Effect is required and must be exactly "Allow" or "Deny" (Access Analyzer "Missing effect", "Invalid effect"). */
export const effect: Check = {
  codes: ['effect-missing', 'effect-invalid'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      const e = stmt.effect;
      if (e === undefined) {
        ctx.report(
          'error',
          'effect-missing',
          'The statement has no Effect; AWS rejects it. Add "Effect": "Allow" or "Effect": "Deny".',
          stmt.path,
        );
        continue;
      }
      if (e.value === 'Allow' || e.value === 'Deny') continue;
      const lower = e.value?.toLowerCase();
      const proper = lower === 'allow' ? 'Allow' : lower === 'deny' ? 'Deny' : undefined;
      const range = ctx.rangeOf(e.path);
      ctx.report(
        'error',
        'effect-invalid',
        proper
          ? `Effect must be written exactly "${proper}" (case-sensitive); AWS rejects "${e.value ?? ''}".`
          : 'Effect must be "Allow" or "Deny"; AWS rejects any other value.',
        e.path,
        {
          fix: replaceQuotedFix(range, proper, `Change to "${proper}"`),
        },
      );
    }
  },
};
