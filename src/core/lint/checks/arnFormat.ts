import type { PathedString } from '../../policy';
import type { Check, LintContext } from '../types';

const PARTITIONS = new Set([
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
]);
const WILD = /[*?]|\$\{/;
const SERVICE = /^[a-z0-9-]+$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ACCOUNT = /^(\d{12}|aws)$/;

/** What is wrong with an ARN, part by part, or undefined when it is well formed. */
export function arnProblem(arn: string): string | undefined {
  const parts = arn.split(':');
  if (parts.length < 6) {
    return 'an ARN has six parts, arn:partition:service:region:account:resource';
  }
  const [, partition = '', service = '', region = '', account = ''] = parts;
  const resource = parts.slice(5).join(':');
  if (!WILD.test(partition) && !PARTITIONS.has(partition))
    return `"${partition}" is not a partition`;
  if (!WILD.test(service) && !SERVICE.test(service)) return `"${service}" is not a service name`;
  if (region !== '' && !WILD.test(region) && !REGION.test(region))
    return `"${region}" is not a Region`;
  if (account !== '' && !WILD.test(account) && !ACCOUNT.test(account)) {
    return `"${account}" is not a 12-digit account ID`;
  }
  if (resource === '') return 'the resource part is empty';
  return undefined;
}

function checkResource(ctx: LintContext, r: PathedString): void {
  const v = r.value;
  if (/^\*+$/.test(v)) return;
  if (!v.startsWith('arn:')) {
    if (WILD.test(v.slice(0, 4)) || v.startsWith('${')) return;
    ctx.report(
      'error',
      'arn-malformed',
      `"${v}" is not an ARN: resources are written arn:partition:service:region:account:resource, or "*".`,
      r.path,
    );
    return;
  }
  const p = arnProblem(v);
  if (p) {
    ctx.report('error', 'arn-malformed', `Malformed ARN "${v}": ${p}.`, r.path);
  }
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
