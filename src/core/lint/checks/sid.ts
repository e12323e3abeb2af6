import type { Check, DocumentKind } from '../types';

const IAM_SID = /^[A-Za-z0-9]*$/;

/**
 * Policy kinds whose service rejects a repeated Sid (Access Analyzer error "Unique Sids
 * required": resource-based policies such as SQS and SNS, where a Sid is a sub-ID of the policy's
 * Id, and role trust policies, which IAM stores as the role's resource policy); elsewhere a
 * repeated Sid is accepted and Access Analyzer only warns ("Unique Sids recommended").
 */
const SID_MUST_BE_UNIQUE: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['resource', 'trust']);

/**
 * Sid: unique within the policy (Access Analyzer "Unique Sids required" for resource-based
 * policies, "Unique Sids recommended" for identity policies), and in IAM and Organizations
 * policies only ASCII letters and digits (IAM JSON policy element reference: Sid).
 */
export const sid: Check = {
  codes: ['sid-invalid', 'sid-duplicate'],
  run(ctx) {
    const seen = new Set<string>();
    const duplicate = SID_MUST_BE_UNIQUE.has(ctx.kind) ? 'error' : 'warning';
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
        ctx.report(duplicate, 'sid-duplicate', { sid: s.value }, s.path);
      }
      seen.add(s.value);
    }
  },
};
