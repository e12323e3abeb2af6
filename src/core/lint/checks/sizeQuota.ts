import { applyEdits, commentRemovalEdits } from '../stripComments';
import type { SizeQuota } from '../codes';
import type { Check, DocumentKind, Severity } from '../types';

interface Quota {
  limit: number;
  severity: Severity;
  quota: SizeQuota;
  /** The larger quota a default one can be raised to. */
  raisableTo?: number;
}

/**
 * IAM and STS quotas (IAM "IAM and AWS STS quotas"; Organizations "Quotas"; STS AssumeRole Policy).
 * Severities follow Access Analyzer: an identity policy (and a managed policy used as a boundary)
 * over a quota is its general warning "Policy size exceeds identity policy quota", since whether
 * the quota bites depends on how the policy is attached; an SCP over its quota is the error
 * "Policy size exceeds SCP quota".
 */
const QUOTAS: Partial<Record<DocumentKind, Quota[]>> = {
  trust: [
    { limit: 4096, severity: 'error', quota: 'trust-max' },
    { limit: 2048, severity: 'warning', quota: 'trust-default', raisableTo: 4096 },
  ],
  identity: [
    { limit: 10240, severity: 'warning', quota: 'inline-total' },
    { limit: 6144, severity: 'warning', quota: 'managed-inline-only' },
  ],
  boundary: [{ limit: 6144, severity: 'warning', quota: 'managed' }],
  session: [{ limit: 2048, severity: 'error', quota: 'session' }],
  scp: [{ limit: 5120, severity: 'error', quota: 'scp' }],
};

function countNonBlank(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) n++;
  }
  return n;
}

/**
 * Policy size quotas: IAM counts characters without white space, Organizations counts every
 * character of an SCP; comments are left out because AWS never sees them. An AWS managed policy
 * (LintOptions.managed) is not held to a customer policy's quota: AWS publishes policies far
 * larger (the check reference names ReadOnlyAccess and AWSSupportServiceRolePolicy).
 */
export const sizeQuota: Check = {
  codes: ['policy-too-large'],
  run(ctx) {
    const quotas = ctx.managed ? undefined : QUOTAS[ctx.kind];
    if (!quotas || ctx.document === undefined) return;
    const text =
      ctx.parse.comments.length > 0
        ? applyEdits(ctx.text, commentRemovalEdits(ctx.text, ctx.parse.comments))
        : ctx.text;
    const size = ctx.kind === 'scp' ? text.trim().length : countNonBlank(text);
    const over = quotas.find((q) => size > q.limit);
    if (!over) return;
    ctx.report(
      over.severity,
      'policy-too-large',
      {
        size,
        limit: over.limit,
        quota: over.quota,
        raisableTo: over.raisableTo,
        countsWhiteSpace: ctx.kind === 'scp',
      },
      [],
      { range: ctx.offsetRange(0, 1) },
    );
  },
};
