import { matchesActionPattern } from '../../catalog';
import type { Check } from '../types';

/** The only actions a role trust policy may name (IAM role trust policy documentation). */
export const TRUST_ACTIONS: readonly string[] = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
];

/** A trust policy only controls assuming the role; any other action there cannot work. */
export const trustActions: Check = {
  codes: ['trust-action-not-allowed', 'trust-not-action'],
  run(ctx) {
    if (ctx.kind !== 'trust') return;
    for (const stmt of ctx.statements) {
      if (stmt.notAction) {
        ctx.report(
          'warning',
          'trust-not-action',
          'NotAction in a trust policy is hard to read and may admit more than you mean; list the sts actions with Action instead.',
          stmt.notAction.path,
          { part: 'key' },
        );
      }
      for (const a of stmt.action?.values ?? []) {
        if (TRUST_ACTIONS.some((t) => matchesActionPattern(a.value, t))) continue;
        ctx.report(
          'error',
          'trust-action-not-allowed',
          `"${a.value}" cannot be used in a role trust policy, which only controls ${TRUST_ACTIONS.join(', ')}.`,
          a.path,
        );
      }
    }
  },
};
