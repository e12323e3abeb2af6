/** One policy document against one request: every statement traced, plus allow/deny summary. */

import type { Note } from './codes';
import { compilePolicy } from './compile';
import { evaluateStatement, type PreparedRequest } from './evaluateStatement';
import type { PolicyKind, PolicyTrace } from './types';

/** Evaluates a policy of the given kind; non-applicable policies are still traced, never counted. */
export function evaluatePolicy(
  kind: PolicyKind,
  index: number,
  policy: unknown,
  req: PreparedRequest,
  applicable: boolean,
  notApplicableNote?: Note,
): PolicyTrace {
  const compiled = compilePolicy(policy);
  const notes = [...compiled.notes];
  if (!applicable && notApplicableNote) notes.push(notApplicableNote);
  const statements = compiled.statements.map((st) =>
    evaluateStatement(st, kind, compiled.variables, req),
  );
  const counted = applicable && compiled.valid;
  return {
    kind,
    index,
    applicable,
    valid: compiled.valid,
    ...(compiled.version !== undefined ? { version: compiled.version } : {}),
    statements,
    allows: counted && statements.some((s) => s.applies && s.effect === 'Allow'),
    denies: counted && statements.some((s) => s.applies && s.effect === 'Deny'),
    notes,
  };
}
