import { pathKey } from './types';
import type { SourceComment, SourceNode } from './types';

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const COMMA = 44;
const BOM = 0xfeff;

const NONE: SourceComment[] = [];

function isBlank(ch: number): boolean {
  return ch === SPACE || ch === TAB || ch === BOM;
}

function isBreak(ch: number): boolean {
  return ch === LF || ch === CR;
}

/**
 * Decides which element each comment annotates, so the graph can show the author's own words
 * next to an action. Rules, in order of strength:
 * (a) a comment on the same line after an element (after its comma, if any) belongs to it;
 * (c) a comment on the same line right after a container's `[` or `{` belongs to that container;
 * (b) a contiguous run of comment-only lines directly above an element (no blank line between)
 *     belongs to it, if the element is the first thing on its line.
 * Object members are keyed by their value's path. A comment is attached at most once.
 */
export function attachComments(
  text: string,
  nodes: readonly SourceNode[],
  comments: readonly SourceComment[],
): Map<string, SourceComment[]> {
  const out = new Map<string, SourceComment[]>();
  if (comments.length === 0 || nodes.length === 0) return out;
  const byStart = new Map<number, SourceComment>();
  const byEnd = new Map<number, SourceComment>();
  for (const c of comments) {
    byStart.set(c.range.start.offset, c);
    byEnd.set(c.range.end.offset, c);
  }
  const taken = new Set<SourceComment>();
  const add = (node: SourceNode, c: SourceComment): void => {
    if (taken.has(c)) return;
    taken.add(c);
    const key = pathKey(node.path);
    const list = out.get(key);
    if (list === undefined) out.set(key, [c]);
    else list.push(c);
  };

  /** Attaches the comments that follow `from` on the same line (one comma may come first). */
  const trailing = (node: SourceNode, from: number, allowComma: boolean): void => {
    let p = from;
    let comma = !allowComma;
    for (;;) {
      while (p < text.length && isBlank(text.charCodeAt(p))) p++;
      if (!comma && text.charCodeAt(p) === COMMA) {
        comma = true;
        p++;
        continue;
      }
      const c = byStart.get(p);
      if (c === undefined) return;
      add(node, c);
      if (c.range.end.line !== c.range.start.line) return;
      p = c.range.end.offset;
    }
  };

  const root = nodes[0];
  for (const node of nodes) {
    if (node !== root) trailing(node, node.range.end.offset, true);
    if (node.type === 'object' || node.type === 'array') {
      trailing(node, node.range.start.offset + 1, false);
    }
  }
  for (const node of nodes) {
    const start = node.keyRange?.start.offset ?? node.range.start.offset;
    for (const c of commentsAbove(text, start, byEnd)) add(node, c);
  }
  for (const list of out.values()) {
    list.sort((x, y) => x.range.start.offset - y.range.start.offset);
  }
  return out;
}

/**
 * The run of comment-only lines directly above the line that `start` begins, provided only
 * blanks precede `start` on its line. Stops at a blank line or a line with anything else on it.
 */
function commentsAbove(
  text: string,
  start: number,
  byEnd: ReadonlyMap<number, SourceComment>,
): SourceComment[] {
  // `q` walks backwards from the character before `start`.
  let q = start - 1;
  while (q >= 0 && isBlank(text.charCodeAt(q))) q--;
  if (q < 0 || !isBreak(text.charCodeAt(q))) return NONE;
  let run: SourceComment[] = NONE;
  for (;;) {
    // Step over exactly one line break (`\n`, `\r\n` or `\r`).
    if (text.charCodeAt(q) === LF) {
      q--;
      if (q >= 0 && text.charCodeAt(q) === CR) q--;
    } else q--;
    while (q >= 0 && isBlank(text.charCodeAt(q))) q--;
    if (q < 0 || isBreak(text.charCodeAt(q))) return run; // blank line or start of text
    const line: SourceComment[] = [];
    for (;;) {
      const c = byEnd.get(q + 1);
      if (c === undefined) return run; // something other than a comment on this line
      line.push(c);
      q = c.range.start.offset - 1;
      while (q >= 0 && isBlank(text.charCodeAt(q))) q--;
      if (q < 0 || isBreak(text.charCodeAt(q))) break;
    }
    run = [...line.reverse(), ...run];
    if (q < 0) return run;
  }
}
