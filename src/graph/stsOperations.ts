/** Which STS operation(s) a trust statement lets a given principal call. */
import { actionMatches, ASSUME_ROLE_OPERATIONS } from '../core';
import type { AssumeRoleOperation, PathedString } from '../core';

/**
 * The operations a principal asks for through a trust statement: the principal's natural operation
 * (AssumeRole, …WithWebIdentity, …WithSAML) when the statement's Action allows it, else the assume
 * operations written in the statement, else the natural one — so the edge always names a real call.
 */
export function stsOperationsFor(
  actions: readonly PathedString[],
  natural: AssumeRoleOperation,
): AssumeRoleOperation[] {
  const allowed = ASSUME_ROLE_OPERATIONS.filter((op) =>
    actions.some((a) => actionMatches(a.value, op)),
  );
  if (allowed.includes(natural)) return [natural];
  if (allowed.length > 0) return [...allowed];
  return [natural];
}
