import { assumeOperationFor } from '../../aws';
import type { Check } from '../types';

/** The operations a federated principal calls, lower-cased, with AWS's casing. */
const FEDERATED_OPERATIONS = new Map([
  ['sts:assumerolewithsaml', 'sts:AssumeRoleWithSAML'],
  ['sts:assumerolewithwebidentity', 'sts:AssumeRoleWithWebIdentity'],
]);

/**
 * A trust statement whose federated operation none of its principals can call never matches:
 * SAML providers call sts:AssumeRoleWithSAML, OIDC providers sts:AssumeRoleWithWebIdentity
 * (Access Analyzer's "Mismatched action for principal", an error; STS API reference).
 */
export const principalActions: Check = {
  codes: ['principal-action-mismatch'],
  run(ctx) {
    if (ctx.kind !== 'trust') return;
    for (const stmt of ctx.statements) {
      const p = stmt.principal;
      if (p?.kind !== 'map') continue;
      const principals: [string, string][] = [];
      for (const [type, list] of p.types) {
        for (const v of list.values) principals.push([type, v.value]);
      }
      if (principals.length === 0 || principals.some(([, v]) => v === '*')) continue;
      for (const a of stmt.action?.values ?? []) {
        const operation = FEDERATED_OPERATIONS.get(a.value.toLowerCase());
        if (operation === undefined) continue;
        if (principals.some(([type, v]) => assumeOperationFor(type, v) === operation)) continue;
        ctx.report(
          'error',
          'principal-action-mismatch',
          { action: a.value, principals: principals.map(([, v]) => v) },
          a.path,
        );
      }
    }
  },
};
