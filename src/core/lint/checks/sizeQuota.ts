import { applyEdits, commentRemovalEdits } from '../stripComments';
import type { Check, PolicyKind, Severity } from '../types';

interface Quota {
  limit: number;
  severity: Severity;
  what: string;
}

/** IAM and STS quotas (IAM "IAM and AWS STS quotas"; Organizations "Quotas"; STS AssumeRole Policy). */
const QUOTAS: Partial<Record<PolicyKind, Quota[]>> = {
  trust: [
    { limit: 4096, severity: 'error', what: 'the maximum size of a role trust policy (4,096)' },
    {
      limit: 2048,
      severity: 'warning',
      what: 'the default role trust policy quota (2,048; it can be raised to 4,096)',
    },
  ],
  identity: [
    {
      limit: 10240,
      severity: 'error',
      what: 'the total size of a role’s inline policies (10,240)',
    },
    {
      limit: 6144,
      severity: 'warning',
      what: 'the size of a managed policy (6,144), so it only fits inline',
    },
  ],
  boundary: [{ limit: 6144, severity: 'error', what: 'the size of a managed policy (6,144)' }],
  session: [{ limit: 2048, severity: 'error', what: 'the size of a session policy (2,048)' }],
  scp: [{ limit: 5120, severity: 'error', what: 'the maximum size of an SCP (5,120)' }],
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
 * character of an SCP; comments are left out because AWS never sees them.
 */
export const sizeQuota: Check = {
  codes: ['policy-too-large'],
  run(ctx) {
    const quotas = QUOTAS[ctx.kind];
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
      `This policy has ${size.toLocaleString('en-US')} characters${ctx.kind === 'scp' ? '' : ' (not counting white space)'}, more than ${over.what}; AWS rejects policies over the limit.`,
      [],
      { range: ctx.offsetRange(0, 1) },
    );
  },
};
