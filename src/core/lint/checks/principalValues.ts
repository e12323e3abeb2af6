import type { PathedString, PrincipalElement } from '../../policy';
import { replaceQuotedFix } from '../helpers';
import type { Check } from '../types';

/** A service principal is a host name such as `ec2.amazonaws.com`: labels joined by dots. */
const SERVICE_PRINCIPAL =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** A bare service name (`ec2`, `ecs-tasks`): the usual principal adds `.amazonaws.com`. */
const BARE_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** The values of a Principal map, each with its principal type. */
function* entries(el: PrincipalElement | undefined): Generator<[string, PathedString]> {
  if (el?.kind !== 'map') return;
  for (const [type, list] of el.types) {
    for (const v of list.values) yield [type, v];
  }
}

/**
 * Principal values AWS does not accept as written (IAM JSON policy element reference, Principal:
 * "You cannot use a wildcard to match part of a principal name or ARN"; Access Analyzer's
 * "Unsupported wildcard in principal" and "Invalid service principal format", both errors).
 * Federated principals belong in role trust policies only ("Federated principal not supported").
 * `"AWS": "*"` alone is everyone, which the open-to-anyone check weighs.
 */
export const principalValues: Check = {
  codes: ['principal-wildcard', 'service-principal-invalid', 'federated-principal-not-supported'],
  run(ctx) {
    if (ctx.kind !== 'trust' && ctx.kind !== 'resource') return;
    for (const stmt of ctx.statements) {
      for (const el of [stmt.principal, stmt.notPrincipal]) {
        for (const [type, v] of entries(el)) {
          if (/[*?]/.test(v.value)) {
            if (type === 'AWS' && v.value === '*') continue;
            ctx.report('error', 'principal-wildcard', { type, value: v.value }, v.path);
            continue;
          }
          if (type === 'Federated' && ctx.kind === 'resource') {
            ctx.report('error', 'federated-principal-not-supported', { value: v.value }, v.path);
            continue;
          }
          if (type !== 'Service' || SERVICE_PRINCIPAL.test(v.value)) continue;
          const proper = BARE_NAME.test(v.value) ? `${v.value}.amazonaws.com` : undefined;
          const fix = replaceQuotedFix(ctx.rangeOf(v.path), proper, (text) => ({
            code: 'replace-with',
            params: { text },
          }));
          ctx.report(
            'error',
            'service-principal-invalid',
            proper ? { value: v.value, suggestion: proper } : { value: v.value },
            v.path,
            fix ? { fix } : undefined,
          );
        }
      }
    }
  },
};
