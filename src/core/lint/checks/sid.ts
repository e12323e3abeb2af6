import type { Check } from '../types';

const IAM_SID = /^[A-Za-z0-9]*$/;

/**
 * Sid: unique within the policy (Access Analyzer "Unique Sids required"), and in IAM and
 * Organizations policies only ASCII letters and digits (IAM JSON policy element reference: Sid).
 */
export const sid: Check = {
  codes: ['sid-invalid', 'sid-duplicate'],
  run(ctx) {
    const seen = new Set<string>();
    for (const stmt of ctx.statements) {
      const s = stmt.sid;
      if (!s) continue;
      if (s.value === undefined) {
        ctx.report('error', 'sid-invalid', {}, s.path);
        continue;
      }
      if (ctx.kind !== 'resource' && !IAM_SID.test(s.value)) {
        ctx.report('error', 'sid-invalid', { sid: s.value }, s.path);
      }
      if (s.value !== '' && seen.has(s.value)) {
        ctx.report('error', 'sid-duplicate', { sid: s.value }, s.path);
      }
      seen.add(s.value);
    }
  },
};
