import { PARTITIONS } from '../../aws/arn';
import type { PathedString } from '../../policy';
import type { ArnProblem } from '../codes';
import type { Check, LintContext } from '../types';

const WILD = /[*?]|\$\{/;
const SERVICE = /^[a-z0-9-]+$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ACCOUNT = /^(\d{12}|aws)$/;

/** What is wrong with an ARN, part by part, or undefined when it is well formed. */
export function arnProblem(arn: string): ArnProblem | undefined {
  const parts = arn.split(':');
  if (parts.length < 6) return { part: 'too-few-parts' };
  const [, partition = '', service = '', region = '', account = ''] = parts;
  const resource = parts.slice(5).join(':');
  if (!WILD.test(partition) && !PARTITIONS.has(partition))
    return { part: 'partition', value: partition };
  if (!WILD.test(service) && !SERVICE.test(service)) return { part: 'service', value: service };
  if (region !== '' && !WILD.test(region) && !REGION.test(region))
    return { part: 'region', value: region };
  if (account !== '' && !WILD.test(account) && !ACCOUNT.test(account)) {
    return { part: 'account', value: account };
  }
  if (resource === '') return { part: 'resource' };
  return undefined;
}

function checkResource(ctx: LintContext, r: PathedString): void {
  const v = r.value;
  if (/^\*+$/.test(v)) return;
  if (!v.startsWith('arn:')) {
    if (WILD.test(v.slice(0, 4)) || v.startsWith('${')) return;
    ctx.report('error', 'arn-malformed', { arn: v, problem: { part: 'not-arn' } }, r.path);
    return;
  }
  const problem = arnProblem(v);
  if (problem) ctx.report('error', 'arn-malformed', { arn: v, problem }, r.path);
}

/**
 * Resource ARNs must be well formed part by part (Access Analyzer "Invalid ARN prefix",
 * "Invalid partition", "Invalid region", "Invalid ARN account", "Invalid ARN resource").
 */
export const arnFormat: Check = {
  codes: ['arn-malformed'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      for (const r of [...(stmt.resource?.values ?? []), ...(stmt.notResource?.values ?? [])]) {
        checkResource(ctx, r);
      }
    }
  },
};
