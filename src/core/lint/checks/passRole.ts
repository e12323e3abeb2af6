import { actionMatches } from '../../pattern';
import { hasStarResource, isAllow } from '../helpers';
import type { Check } from '../types';

/** Cheap pre-test: only `*`, `iam:…` and service-wildcard patterns can match iam:PassRole. */
function grantsPassRole(pattern: string): boolean {
  const lower = pattern.toLowerCase();
  const colon = lower.indexOf(':');
  const service = colon < 0 ? lower : lower.slice(0, colon);
  if (service !== 'iam' && !/[*?]/.test(service)) return false;
  return actionMatches(pattern, 'iam:PassRole');
}

/**
 * `iam:PassRole` on every role lets the holder hand any role, admin roles included, to a service
 * (Access Analyzer security warning "Pass role with star in resource"); NotAction and
 * NotResource variants grant it just as widely.
 */
export const passRole: Check = {
  codes: ['pass-role-star-resource'],
  run(ctx) {
    if (ctx.kind === 'trust' || ctx.kind === 'scp' || ctx.kind === 'boundary') return;
    for (const stmt of ctx.statements) {
      if (!isAllow(stmt)) continue;
      const granted = stmt.action
        ? stmt.action.values.some((a) => grantsPassRole(a.value))
        : stmt.notAction !== undefined &&
          !stmt.notAction.values.some((a) => grantsPassRole(a.value));
      if (!granted) continue;
      const wide = hasStarResource(stmt) || stmt.notResource !== undefined;
      if (!wide) continue;
      const at = stmt.resource?.path ?? stmt.notResource?.path ?? stmt.path;
      ctx.report('security', 'pass-role-star-resource', {}, at);
    }
  },
};
