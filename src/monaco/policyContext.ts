import { getLocation, type JSONPath } from 'jsonc-parser';
import type { SourceComment } from '../core';

export type PolicyContextKind = 'action' | 'operator' | 'conditionKey' | 'servicePrincipal';

/** What kind of string the cursor is in, for hovers and completions. */
export interface PolicyContext {
  kind: PolicyContextKind;
  /** The string's whole content, without quotes. */
  value: string;
  /** [start, end) offsets of the content inside the quotes (for an unclosed string, up to the cursor). */
  start: number;
  end: number;
  /** For a condition key: the operator block it is in. */
  operator?: string;
}

/** Same text with comments turned into spaces (line breaks kept), so offsets stay put for jsonc-parser. */
export function blankComments(text: string, comments: readonly SourceComment[]): string {
  if (comments.length === 0) return text;
  let out = '';
  let at = 0;
  for (const c of comments) {
    const start = Math.max(at, c.range.start.offset);
    const end = Math.max(start, c.range.end.offset);
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** The path inside one statement (`['Action', 2]`), for `Statement[n]…` or a lone `Statement` object. */
function statementPath(path: JSONPath): JSONPath | undefined {
  if (path[0] !== 'Statement') return undefined;
  return typeof path[1] === 'number' ? path.slice(2) : path.slice(1);
}

/**
 * Finds the string the cursor is in and what it names: an action (in Action/NotAction), a
 * condition operator or condition key (keys under Condition), or a service principal. Works on
 * unfinished text (an unclosed string while typing). `comments` come from our parser, because
 * jsonc-parser does not know `#` comments.
 */
export function policyContextAt(
  text: string,
  comments: readonly SourceComment[],
  offset: number,
): PolicyContext | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  const location = getLocation(blankComments(text, comments), offset);
  const node = location.previousNode;
  if (!node || (node.type !== 'string' && node.type !== 'property')) return undefined;
  const closed = node.length >= 2 && text[node.offset + node.length - 1] === '"';
  const start = node.offset + 1;
  // An unclosed string runs to the line's end in the scanner's eyes: stop it at the cursor, so a
  // completion never swallows the brackets typed after it.
  const end = closed ? node.offset + node.length - 1 : offset;
  if (offset < start || offset > end) return undefined;
  const value = text.slice(start, end);
  const rest = statementPath(location.path);
  if (!rest) return undefined;
  const [element, second] = rest;
  if (location.isAtPropertyKey) {
    if (element !== 'Condition') return undefined;
    if (rest.length === 2) return { kind: 'operator', value, start, end };
    if (rest.length === 3 && typeof second === 'string') {
      return { kind: 'conditionKey', value, start, end, operator: second };
    }
    return undefined;
  }
  if ((element === 'Action' || element === 'NotAction') && rest.length <= 2) {
    return { kind: 'action', value, start, end };
  }
  if (
    (element === 'Principal' || element === 'NotPrincipal') &&
    second === 'Service' &&
    rest.length <= 3
  ) {
    return { kind: 'servicePrincipal', value, start, end };
  }
  return undefined;
}
