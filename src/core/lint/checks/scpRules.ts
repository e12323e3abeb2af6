import type { Check } from '../types';

/**
 * SCP-only rules (AWS Organizations "SCP syntax"; Access Analyzer "SCP syntax error action
 * wildcard"): in Action and NotAction a wildcard may stand alone or end the action name.
 * Principal and NotPrincipal are reported by principalElement.
 */
export const scpRules: Check = {
  codes: ['scp-action-wildcard'],
  run(ctx) {
    if (ctx.kind !== 'scp') return;
    for (const stmt of ctx.statements) {
      for (const a of [...(stmt.action?.values ?? []), ...(stmt.notAction?.values ?? [])]) {
        const v = a.value;
        if (v === '*') continue;
        const colon = v.indexOf(':');
        const name = colon >= 0 ? v.slice(colon + 1) : v;
        const service = colon >= 0 ? v.slice(0, colon) : '';
        const inner = name.replace(/[*?]+$/, '');
        if (/[*?]/.test(service) || /[*?]/.test(inner)) {
          ctx.report(
            'error',
            'scp-action-wildcard',
            `In an SCP, a wildcard may only stand alone or at the end of the action ("s3:Get*"); AWS Organizations rejects "${v}".`,
            a.path,
          );
        }
      }
    }
  },
};
