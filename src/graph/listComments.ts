/** Which author comment annotates each element of a list (Action, Principal.Service, …). */
import { pathKey } from '../core/policy/types';
import type { ParseResult, SourceComment, SourceNode } from '../core/policy/types';

function joinComments(list: readonly SourceComment[] | undefined): string {
  if (list === undefined) return '';
  return list
    .map((c) => c.text.trim())
    .filter((t) => t !== '')
    .join(' ');
}

/**
 * Resolves the annotation of every element of a list node (an array, or a single string standing
 * for a list). Rules, strongest first:
 * 1. the comments attached to the element itself (same line after it, or the run of lines above it);
 * 2. a run of comments above the FIRST element of an array, when no other element has a comment
 *    of its own, is a heading for the whole array and applies to every element — this is how the
 *    seed article annotates the ssmmessages and ec2messages statements;
 * 3. comments attached to the list itself (e.g. above `"Action": [`), then to each of `parents`
 *    in order (e.g. the `Principal` object), apply to elements that still have none.
 * Returns one string per element (joined with a space when several comments apply; '' when none).
 */
export function listComments(
  parsed: Pick<ParseResult, 'attached'>,
  list: SourceNode,
  parents: readonly (SourceNode | undefined)[] = [],
): string[] {
  const items = list.type === 'array' ? (list.children ?? []) : [list];
  const own = items.map((item) => parsed.attached.get(pathKey(item.path)));
  const texts = own.map(joinComments);

  let fallback = '';
  const first = items[0];
  const firstOwn = own[0];
  if (list.type === 'array' && first !== undefined && firstOwn !== undefined && items.length > 1) {
    const allAbove = firstOwn.every((c) => c.range.end.offset <= first.range.start.offset);
    const othersSilent = texts.every((t, i) => i === 0 || t === '');
    if (allAbove && othersSilent) fallback = texts[0] ?? '';
  }
  if (fallback === '' && list.type === 'array')
    fallback = joinComments(parsed.attached.get(pathKey(list.path)));
  for (const parent of parents) {
    if (fallback !== '') break;
    if (parent !== undefined) fallback = joinComments(parsed.attached.get(pathKey(parent.path)));
  }
  return texts.map((t) => (t !== '' ? t : fallback));
}

/** The joined text of the comments attached to one element ('' when none). */
export function commentOf(
  parsed: Pick<ParseResult, 'attached'>,
  node: SourceNode | undefined,
): string {
  return node === undefined ? '' : joinComments(parsed.attached.get(pathKey(node.path)));
}
