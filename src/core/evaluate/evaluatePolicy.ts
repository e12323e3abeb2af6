/** One policy document against one request: every statement traced, plus allow/deny summary. */

import type { Note } from './codes';
import { compilePolicy } from './compile';
import { evaluateStatement, type PreparedRequest } from './evaluateStatement';
import type { PolicyKind, PolicyTrace } from './types';

/**
 * Evaluates a policy of the given kind; non-applicable policies are still traced, never counted.
 * A `standIn` (a policy past MAX_POLICIES) is not matched: its first Deny fails closed (applies)
 * and it allows nothing.
 */
export function evaluatePolicy(
  kind: PolicyKind,
  index: number,
  policy: unknown,
  req: PreparedRequest,
  applicable: boolean,
  notApplicableNote?: Note,
  standIn = false,
): PolicyTrace {
  const compiled = compilePolicy(policy);
  const notes = [...compiled.notes];
  if (!applicable && notApplicableNote) notes.push(notApplicableNote);
  const deny = standIn ? compiled.statements.find((st) => st.effect === 'Deny') : undefined;
  const chosen = standIn
    ? deny
      ? [{ ...deny, unread: true as const, cause: 'policies-cut' as const }]
      : []
    : compiled.statements;
  const statements = chosen.map((st) => evaluateStatement(st, kind, compiled.variables, req));
  const valid = compiled.valid || standIn;
  const counted = applicable && valid;
  return {
    kind,
    index,
    applicable,
    valid,
    ...(compiled.version !== undefined ? { version: compiled.version } : {}),
    statements,
    allows: counted && !standIn && statements.some((s) => s.applies && s.effect === 'Allow'),
    denies: counted && statements.some((s) => s.applies && s.effect === 'Deny'),
    notes,
  };
}
