/** Which STS operation(s) a trust statement lets a given principal call. */
import { createWildcardMatcher } from '../core/catalog/wildcard';
import type { TextElement } from './readStatements';

/** The three ways to assume a role, in AWS's casing. */
export const ASSUME_OPERATIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
] as const;

/**
 * The operations a principal asks for through a trust statement: the principal's natural operation
 * (AssumeRole, …WithWebIdentity, …WithSAML) when the statement's Action allows it, else the assume
 * operations written in the statement, else the natural one — so the edge always names a real call.
 */
export function stsOperationsFor(actions: readonly TextElement[], natural: string): string[] {
  const allowed = ASSUME_OPERATIONS.filter((op) =>
    actions.some((a) => createWildcardMatcher(a.text, { caseInsensitive: true })(op)),
  );
  if (allowed.includes(natural as (typeof ASSUME_OPERATIONS)[number])) return [natural];
  if (allowed.length > 0) return [...allowed];
  return [natural];
}
