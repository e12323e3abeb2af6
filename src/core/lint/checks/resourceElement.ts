import type { Check } from '../types';
import { reportInvalidEntries } from './actionElement';

/**
 * Resource / NotResource: required in identity-style policies and resource policies, forbidden in
 * role trust policies (the role itself is the resource), never both (IAM JSON policy element
 * reference: Resource; Access Analyzer "Missing resource").
 */
export const resourceElement: Check = {
  codes: ['resource-missing', 'resource-and-not-resource', 'resource-in-trust-policy'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      const has = stmt.resource ?? stmt.notResource;
      if (ctx.kind === 'trust') {
        if (has) {
          ctx.report('error', 'resource-in-trust-policy', {}, has.path, { part: 'key' });
        }
        continue;
      }
      if (stmt.resource && stmt.notResource) {
        ctx.report('error', 'resource-and-not-resource', {}, stmt.notResource.path, {
          part: 'key',
        });
      } else if (!has && ctx.kind !== 'scp') {
        ctx.report('error', 'resource-missing', {}, stmt.path);
      }
      reportInvalidEntries(ctx, stmt.resource, 'Resource');
      reportInvalidEntries(ctx, stmt.notResource, 'NotResource');
    }
  },
};
