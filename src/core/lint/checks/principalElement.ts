import type { Check } from '../types';

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
const NEEDS_PRINCIPAL = new Set(['trust', 'resource']);

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
    const where =
      ctx.kind === 'scp'
        ? 'service control policies'
        : ctx.kind === 'boundary'
          ? 'permissions boundaries'
          : ctx.kind === 'session'
            ? 'session policies'
            : 'identity-based policies';
    for (const stmt of ctx.statements) {
      const p = stmt.principal;
      const np = stmt.notPrincipal;
      if (NEEDS_PRINCIPAL.has(ctx.kind)) {
        if (!p && !np) {
          ctx.report(
            'error',
            'principal-missing',
            `The statement has no Principal; a ${ctx.kind === 'trust' ? 'trust' : 'resource-based'} policy must say who it applies to, and AWS rejects it without one.`,
            stmt.path,
          );
        }
        if (p && np) {
          ctx.report(
            'error',
            'principal-and-not-principal',
            'A statement may have Principal or NotPrincipal, not both; AWS rejects it.',
            np.path,
            { part: 'key' },
          );
        }
        if (np && ctx.kind === 'trust') {
          ctx.report(
            'error',
            'not-principal-not-allowed',
            'NotPrincipal is not supported in role trust policies; name the principals with Principal instead.',
            np.path,
            { part: 'key' },
          );
        }
      } else {
        for (const el of [p, np]) {
          if (!el) continue;
          const name = el === p ? 'Principal' : 'NotPrincipal';
          ctx.report(
            'error',
            'principal-not-allowed',
            `${name} is not allowed in ${where}: they apply to whoever they are attached to, and AWS rejects the element.`,
            el.path,
            { part: 'key' },
          );
        }
        continue;
      }
      for (const el of [p, np]) {
        if (!el) continue;
        if (el.kind === 'invalid') {
          ctx.report(
            'error',
            'principal-invalid',
            'A principal is "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}.',
            el.path,
          );
        } else if (el.kind === 'map') {
          for (const [type, list] of el.types) {
            if (!PRINCIPAL_TYPES.includes(type)) {
              ctx.report(
                'error',
                'principal-invalid',
                `"${type}" is not a principal type; use AWS, Service, Federated or CanonicalUser.`,
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
