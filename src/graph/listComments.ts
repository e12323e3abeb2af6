/** Which author comment annotates each value of a list (Action, Principal.Service, …). */
import { pathKey } from '../core';
import type { Located, ParseResult, PathedString, SourceComment, StringListElement } from '../core';

/** The comments the parser attached to elements, keyed by pathKey(path). */
export type Attached = ParseResult['attached'];

/** One value of the policy with the author's comment that applies to it ('' when none). */
export interface CommentedValue {
  readonly value: PathedString;
  readonly comment: string;
  /**
   * The comment is not the value's own but one for the whole list (rules 2 and 3 below): the
   * same text for every value, which a picture shows once, on the list's group.
   */
  readonly shared: boolean;
}

function joinComments(list: readonly SourceComment[] | undefined): string {
  if (list === undefined) return '';
  return list
    .map((c) => c.text.trim())
    .filter((t) => t !== '')
    .join(' ');
}

/**
 * Resolves the annotation of every value of a list element (an array, or a single string standing
 * for a list). Rules, strongest first:
 * 1. the comments attached to the value itself (same line after it, or the run of lines above it);
 * 2. a run of comments above the FIRST value of an array, when no other value has a comment of
 *    its own, is a heading for the whole array and applies to every value — this is how the seed
 *    article annotates the ssmmessages and ec2messages statements;
 * 3. comments attached to the list itself (e.g. above `"Action": [`), then to each of `parents`
 *    in order (e.g. the `Principal` object), apply to values that still have none.
 */
export function listComments(
  attached: Attached,
  list: StringListElement,
  parents: readonly (Located | undefined)[] = [],
): CommentedValue[] {
  const values = list.values;
  // Policies without comments (most pasted JSON) skip every look-up.
  if (attached.size === 0) return values.map((value) => ({ value, comment: '', shared: false }));
  const own = values.map((v) => attached.get(pathKey(v.path)));
  const texts = own.map(joinComments);

  let fallback = '';
  let heading = false;
  const first = values[0];
  const firstOwn = own[0];
  if (!list.single && first !== undefined && firstOwn !== undefined && values.length > 1) {
    const start = first.range?.start.offset ?? 0;
    const allAbove = firstOwn.every((c) => c.range.end.offset <= start);
    const othersSilent = texts.every((t, i) => i === 0 || t === '');
    if (allAbove && othersSilent) {
      fallback = texts[0] ?? '';
      heading = fallback !== '';
    }
  }
  if (fallback === '' && !list.single) fallback = joinComments(attached.get(pathKey(list.path)));
  for (const parent of parents) {
    if (fallback !== '') break;
    if (parent !== undefined) fallback = joinComments(attached.get(pathKey(parent.path)));
  }
  // Under rule 2 the first value's own comment is the heading: shared too.
  return values.map((value, i) => {
    const t = texts[i] ?? '';
    if (t !== '' && !(heading && i === 0)) return { value, comment: t, shared: false };
    return { value, comment: fallback, shared: fallback !== '' };
  });
}

/** The joined text of the comments attached to one element ('' when none), e.g. a statement's. */
export function commentOf(attached: Attached, element: Located | undefined): string {
  if (element === undefined || attached.size === 0) return '';
  return joinComments(attached.get(pathKey(element.path)));
}

/** No comments at all: for policies given as plain data. */
export const NO_COMMENTS: Attached = new Map<string, SourceComment[]>();
