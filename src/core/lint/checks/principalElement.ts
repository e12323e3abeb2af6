import type { Check, DocumentKind } from '../types';

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

/** Trust and resource policies must say who they apply to; the other kinds must not. */
function needsPrincipal(kind: DocumentKind): kind is 'trust' | 'resource' {
  return kind === 'trust' || kind === 'resource';
}

/**
 * Principal: required in trust and resource policies, forbidden where the principal is implied
 * (identity, boundary, session policies and SCPs); NotPrincipal is not supported in trust
 * policies or SCPs (IAM JSON policy element reference: Principal, NotPrincipal; SCP syntax).
 */
export const principalElement: Check = {
  codes: [
    'principal-missing',
    'principal-not-allowed',
    'principal-and-not-principal',
    'not-principal-not-allowed',
    'principal-invalid',
  ],
  run(ctx) {
    const kind = ctx.kind;
    for (const stmt of ctx.statements) {
      const p = stmt.principal;
      const np = stmt.notPrincipal;
      if (needsPrincipal(kind)) {
        if (!p && !np) {
          ctx.report('error', 'principal-missing', { kind }, stmt.path);
        }
        if (p && np) {
          ctx.report('error', 'principal-and-not-principal', {}, np.path, { part: 'key' });
        }
        if (np && kind === 'trust') {
          ctx.report('error', 'not-principal-not-allowed', {}, np.path, { part: 'key' });
        }
      } else {
        for (const el of [p, np]) {
          if (!el) continue;
          const element = el === p ? 'Principal' : 'NotPrincipal';
          ctx.report('error', 'principal-not-allowed', { element, kind }, el.path, {
            part: 'key',
          });
        }
        continue;
      }
      for (const el of [p, np]) {
        if (!el) continue;
        if (el.kind === 'invalid') {
          ctx.report('error', 'principal-invalid', {}, el.path);
        } else if (el.kind === 'map') {
          for (const [type, list] of el.types) {
            if (!PRINCIPAL_TYPES.includes(type)) {
              ctx.report(
                'error',
                'principal-invalid',
                { type, accepted: PRINCIPAL_TYPES },
                list.path,
                { part: 'key' },
              );
            }
          }
        }
      }
    }
  },
};
