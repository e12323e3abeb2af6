import { actionMatches, resourceMatches } from '../../pattern';
import type { PathedString, PolicyStatement } from '../../policy';
import { conditionKeys, hasStarResource, isAllow } from '../helpers';
import type { Check } from '../types';

/** Cheap pre-test: only `*`, `iam:…` and service-wildcard patterns can match iam:PassRole. */
function grantsPassRole(pattern: string): boolean {
  const lower = pattern.toLowerCase();
  const colon = lower.indexOf(':');
  const service = colon < 0 ? lower : lower.slice(0, colon);
  if (service !== 'iam' && !/[*?]/.test(service)) return false;
  return actionMatches(pattern, 'iam:PassRole');
}

const ACCOUNT = /^\d{12}$/;
const PARTITION = /^[a-z-]+$/;
/** Role names nobody writes into a pattern: a pattern that matches them matches every role. */
const PROBES = ['zq-probe-9x', 'zq-path/zq-probe-9x'];

/**
 * Whether a Resource entry names every role (of an account, or of every account):
 * `arn:aws:iam::*:role/*`, `arn:aws:iam::123456789012:role/*`, `arn:aws:iam::*:*`. A prefix such
 * as `role/service-role/*` or `role/Service*` is a narrower choice, as Access Analyzer counts it.
 */
function namesEveryRole(r: PathedString): boolean {
  const v = r.value;
  if (!v.startsWith('arn:') && !/^[*?]/.test(v)) return false;
  const parts = v.split(':');
  const partition = PARTITION.test(parts[1] ?? '') ? (parts[1] as string) : 'aws';
  const account = ACCOUNT.test(parts[4] ?? '') ? (parts[4] as string) : '111122223333';
  return PROBES.every((name) =>
    resourceMatches(v, `arn:${partition}:iam::${account}:role/${name}`),
  );
}

/** The statement is limited to the services a role may be passed to (iam:PassedToService). */
function limitsPassedToService(stmt: PolicyStatement): boolean {
  return conditionKeys(stmt).has('iam:passedtoservice');
}

/**
 * `iam:PassRole` on every role lets the holder hand any role, admin roles included, to a service
 * (Access Analyzer security warning "Pass role with star in resource"): `*`, a wildcard that
 * still names every role (`arn:aws:iam::*:role/*`), or NotResource. A statement limited by the
 * iam:PassedToService condition key is the fix that check recommends, so it is not reported.
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
      if (!granted || limitsPassedToService(stmt)) continue;
      const every = hasStarResource(stmt)
        ? undefined
        : stmt.resource?.values.find((r) => namesEveryRole(r));
      const wide = hasStarResource(stmt) || every !== undefined || stmt.notResource !== undefined;
      if (!wide) continue;
      const at = every?.path ?? stmt.resource?.path ?? stmt.notResource?.path ?? stmt.path;
      ctx.report('security', 'pass-role-star-resource', {}, at);
    }
  },
};
