import { isAllow } from '../helpers';
import type { Check } from '../types';
import { otherRestrictingKey, restriction } from './restrictingCondition';

/** The keys that tie a service's request to the resource or account it acts for. */
const SOURCE_KEYS: ReadonlySet<string> = new Set([
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
]);

/**
 * A resource policy that allows a service principal without `aws:SourceArn` or
 * `aws:SourceAccount` lets the service act on it for any customer: the cross-service confused
 * deputy (IAM "The confused deputy problem"; Access Analyzer's "Restrict access to service
 * principal", a security warning, and "Recommended condition key for service principal", a
 * suggestion when another key narrows it instead). Trust policies are left alone: there the keys
 * are optional and many services send none when they assume a role.
 */
export const serviceSource: Check = {
  codes: ['service-principal-without-source'],
  run(ctx) {
    if (ctx.kind !== 'resource') return;
    for (const stmt of ctx.statements) {
      if (!isAllow(stmt) || stmt.principal?.kind !== 'map') continue;
      const services = stmt.principal.types.get('Service')?.values ?? [];
      const named = services.filter((s) => !/[*?]/.test(s.value));
      if (named.length === 0) continue;
      if (restriction(stmt, SOURCE_KEYS).restricted) continue;
      const other = otherRestrictingKey(stmt, SOURCE_KEYS);
      for (const s of named) {
        if (other !== undefined) {
          ctx.report(
            'suggestion',
            'service-principal-without-source',
            { service: s.value, key: other },
            s.path,
          );
        } else {
          ctx.report('security', 'service-principal-without-source', { service: s.value }, s.path);
        }
      }
    }
  },
};
