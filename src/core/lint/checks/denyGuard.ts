/**
 * The common guard beside a public Allow: a Deny for everyone whose condition is true outside
 * the organization or account (`StringNotEquals aws:PrincipalOrgID`), covering the Allow's
 * actions and resources. An explicit deny overrides the allow (IAM "Policy evaluation logic").
 */
import type { PolicyStatement, StringListElement } from '../../policy';
import { actionMatches, resourceMatches } from '../../pattern';
import { deniesOthers } from './restrictingCondition';

/** At most this many pattern comparisons per policy; past it, no guard is assumed. */
const BUDGET = 100_000;

function toEveryone(stmt: PolicyStatement): boolean {
  const p = stmt.principal;
  if (!p || stmt.notPrincipal) return false;
  if (p.kind === '*') return true;
  return p.kind === 'map' && (p.types.get('AWS')?.values.some((v) => v.value === '*') ?? false);
}

/** Deny statements that refuse everyone outside the listed values of `keys`. */
export function denyGuards(
  statements: readonly PolicyStatement[],
  keys: ReadonlySet<string>,
): PolicyStatement[] {
  return statements.filter(
    (s) =>
      s.effect?.value === 'Deny' &&
      !s.notAction &&
      !s.notResource &&
      toEveryone(s) &&
      deniesOthers(s, keys),
  );
}

/**
 * Whether every entry of `allowed` is covered by one pattern of `denied` (a pattern without `?`
 * that matches an entry's text covers every value the entry matches). Spends the shared budget.
 */
function covers(
  denied: StringListElement | undefined,
  allowed: StringListElement | undefined,
  match: (pattern: string, value: string) => boolean,
  budget: { left: number },
): boolean {
  if (!allowed) return !denied;
  if (!denied) return false;
  const patterns = denied.values.map((d) => d.value).filter((d) => !d.includes('?'));
  return allowed.values.every((a) =>
    patterns.some((d) => {
      budget.left -= 1;
      return budget.left >= 0 && match(d, a.value);
    }),
  );
}

/** Whether one of the guards refuses, outside the organization or account, all `allow` grants. */
export function guardedByDeny(
  allow: PolicyStatement,
  guards: readonly PolicyStatement[],
  budget: { left: number } = { left: BUDGET },
): boolean {
  if (allow.notAction || allow.notResource || budget.left <= 0) return false;
  return guards.some(
    (g) =>
      covers(g.action, allow.action, actionMatches, budget) &&
      covers(g.resource, allow.resource, resourceMatches, budget),
  );
}

export { BUDGET as DENY_GUARD_BUDGET };
