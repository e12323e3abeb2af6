import { isAllow } from '../helpers';
import type { Check } from '../types';
import { restriction } from './restrictingCondition';

const ACCOUNT = /^(\d{12}|arn:aws[a-z-]*:iam::\d{12}:root)$/;
const GUARDS: ReadonlySet<string> = new Set([
  'sts:externalid',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalarn',
]);

/**
 * A trust policy that admits a whole other account lets any of its principals (with their own
 * identity policy) in; for third parties AWS recommends `sts:ExternalId` against the confused
 * deputy problem, and within an organization `aws:PrincipalOrgID` (IAM "The confused deputy
 * problem"; "Access to AWS accounts owned by third parties").
 */
export const crossAccountTrust: Check = {
  codes: ['cross-account-without-external-id'],
  run(ctx) {
    if (ctx.kind !== 'trust') return;
    for (const stmt of ctx.statements) {
      if (!isAllow(stmt) || stmt.principal?.kind !== 'map') continue;
      // Only a guard that admits listed values counts (not Null, StringNotEquals, IfExists, "*").
      if (restriction(stmt, GUARDS).restricted) continue;
      for (const v of stmt.principal.types.get('AWS')?.values ?? []) {
        if (!ACCOUNT.test(v.value)) continue;
        ctx.report(
          'suggestion',
          'cross-account-without-external-id',
          { account: v.value.replace(/\D/g, '').slice(-12) },
          v.path,
        );
      }
    }
  },
};
