import { TRUST_POLICY_ACTIONS as TRUST_ACTIONS } from '../../aws/sts';
import { actionMatches } from '../../pattern';
import type { Check } from '../types';

/** A trust policy only controls assuming the role; any other action there cannot work. */
export const trustActions: Check = {
  codes: ['trust-action-not-allowed', 'trust-not-action'],
  run(ctx) {
    if (ctx.kind !== 'trust') return;
    for (const stmt of ctx.statements) {
      if (stmt.notAction) {
        ctx.report('warning', 'trust-not-action', {}, stmt.notAction.path, { part: 'key' });
      }
      for (const a of stmt.action?.values ?? []) {
        if (TRUST_ACTIONS.some((t) => actionMatches(a.value, t))) continue;
        ctx.report(
          'error',
          'trust-action-not-allowed',
          { action: a.value, allowed: TRUST_ACTIONS },
          a.path,
        );
      }
    }
  },
};
