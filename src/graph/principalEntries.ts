/** The principals a trust statement names, read from the statement model with their comments. */
import type { PathedString, PolicyStatement, PrincipalElement } from '../core';
import { describePrincipal } from './describePrincipal';
import type { PrincipalDescription } from './describePrincipal';
import type { Attached } from './listComments';
import { commentOf, listComments } from './listComments';
import { shortList, text } from './text';

/** One value of a Principal element: its type key ("AWS", "Service", "*"…), the value and its comment. */
export interface PrincipalValue {
  key: string;
  value: PathedString;
  comment: string;
}

/** A principal node to draw: its description and, unless it stands for a NotPrincipal, its value. */
export interface PrincipalEntry {
  desc: PrincipalDescription;
  element?: PrincipalValue;
}

/** The element itself as a value (for `"Principal": "*"` and a bare string). */
function asValue(element: PrincipalElement, value: string): PathedString {
  return { value, path: element.path, range: element.range };
}

/** Every value of a Principal (or NotPrincipal) element, in the order written. */
function valuesOf(element: PrincipalElement, attached: Attached): PrincipalValue[] {
  if (element.kind === '*') {
    return [{ key: '*', value: asValue(element, '*'), comment: commentOf(attached, element) }];
  }
  if (element.kind === 'invalid') {
    // A bare string other than "*" is drawn as an AWS principal.
    if (typeof element.raw !== 'string') return [];
    const value = asValue(element, element.raw);
    return [{ key: 'AWS', value, comment: commentOf(attached, element) }];
  }
  const out: PrincipalValue[] = [];
  for (const [key, list] of element.types) {
    for (const { value, comment } of listComments(attached, list, [element])) {
      out.push({ key, value, comment });
    }
  }
  return out;
}

/** A NotPrincipal statement names everyone except the listed principals. */
function notPrincipalDescription(values: readonly PrincipalValue[]): PrincipalDescription {
  const raws = values.map((p) => p.value.value);
  return {
    id: `principal:not:${[...raws].sort().join(',')}`,
    principalType: 'other',
    label: text('anyone-except', { principals: shortList(raws) }),
    detail: { code: 'name', params: { text: 'NotPrincipal' } },
    operation: 'sts:AssumeRole',
    viaInstanceProfile: false,
  };
}

/**
 * The principal nodes a statement draws: one per Principal value, or a single "anyone except …"
 * for NotPrincipal (Principal wins when a statement has both, as the engine reads it).
 */
export function principalsOf(stmt: PolicyStatement, attached: Attached): PrincipalEntry[] {
  if (stmt.principal !== undefined) {
    return valuesOf(stmt.principal, attached).map((element) => ({
      desc: describePrincipal(element.key, element.value.value),
      element,
    }));
  }
  if (stmt.notPrincipal === undefined) return [];
  const values = valuesOf(stmt.notPrincipal, attached);
  return values.length > 0 ? [{ desc: notPrincipalDescription(values) }] : [];
}
