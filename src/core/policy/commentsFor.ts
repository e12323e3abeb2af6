import { pathKey } from './types';
import type { JsonPath, ParseResult, SourceComment } from './types';

/** The comments attached to the element at `path`, in source order (a fresh array; empty when none). */
export function commentsFor(
  result: Pick<ParseResult, 'attached'>,
  path: JsonPath,
): SourceComment[] {
  const list = result.attached.get(pathKey(path));
  return list === undefined ? [] : [...list];
}
