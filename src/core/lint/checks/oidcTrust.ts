import type { PathedString } from '../../policy';
import { isAllow } from '../helpers';
import type { Check } from '../types';
import { restriction } from './restrictingCondition';

const GITHUB = 'token.actions.githubusercontent.com';
/** `repo:owner/name` with no wildcard in the owner or the repository name. */
const GITHUB_REPO = /^repo:[^/*?]+\/[^/:*?]+(:|$)/;

function providerHost(federated: string): string | undefined {
  const m = /:oidc-provider\/(.+)$/.exec(federated);
  if (m) return m[1]?.toLowerCase();
  if (federated.startsWith('arn:') || federated.includes('saml-provider')) return undefined;
  return federated.toLowerCase();
}

/**
 * Web-identity trust without the provider's `sub` condition admits every identity the provider
 * issues tokens for, e.g. every GitHub repository in the world (IAM "Creating a role for web
 * identity or OIDC federation"; GitHub's OIDC guidance). Cognito identity pools use `aud`.
 */
export const oidcTrust: Check = {
  codes: ['oidc-missing-sub', 'oidc-github-wildcard-repo'],
  run(ctx) {
    if (ctx.kind !== 'trust') return;
    for (const stmt of ctx.statements) {
      if (!isAllow(stmt) || stmt.principal?.kind !== 'map') continue;
      const federated = stmt.principal.types.get('Federated');
      for (const f of federated?.values ?? []) {
        const host = providerHost(f.value);
        if (host === undefined) continue;
        const claim = host === 'cognito-identity.amazonaws.com' ? 'aud' : 'sub';
        const wanted = `${host}:${claim}`;
        const values: PathedString[] = [];
        for (const op of stmt.condition?.operators ?? []) {
          if (/not/i.test(op.operator)) continue;
          for (const k of op.keys) {
            if (k.key.toLowerCase() === wanted) values.push(...k.values);
          }
        }
        // A `sub` condition counts only when it admits listed values (not negated, Null or "*");
        // tokens always carry the claim, so IfExists and ForAllValues: do not weaken it.
        if (!restriction(stmt, new Set([wanted]), { present: true }).restricted) {
          ctx.report(
            'security',
            'oidc-missing-sub',
            { host, key: wanted, github: host === GITHUB },
            f.path,
          );
          continue;
        }
        if (host !== GITHUB) continue;
        for (const v of values) {
          if (GITHUB_REPO.test(v.value)) continue;
          ctx.report('security', 'oidc-github-wildcard-repo', { value: v.value }, v.path);
        }
      }
    }
  },
};
