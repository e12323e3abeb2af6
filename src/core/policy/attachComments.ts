import { pathKey } from './types';
import type { TreeView } from './treeView';
import type { SourceComment } from './types';

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const COMMA = 44;
const BOM = 0xfeff;

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
  view: TreeView,
  comments: readonly SourceComment[],
): Map<string, SourceComment[]> {
  const out = new Map<string, SourceComment[]>();
  const t = view.tree;
  const n = comments.length;
  if (n === 0 || t.count === 0) return out;
  const lines = view.lines;
  // Comments never overlap, so their starts and their ends are both increasing: binary search.
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  // Per line: 1 = a comment starts there, 2 = a comment ends there. Lets most nodes skip searching.
  const lineFlags = new Uint8Array(lines.lineCount + 2);
  comments.forEach((c, k) => {
    starts[k] = c.range.start.offset;
    ends[k] = c.range.end.offset;
    lineFlags[c.range.start.line] = (lineFlags[c.range.start.line] ?? 0) | 1;
    lineFlags[c.range.end.line] = (lineFlags[c.range.end.line] ?? 0) | 2;
  });
  // The node each comment belongs to, -1 while unattached.
  const owner = new Int32Array(n).fill(-1);
  const claim = (i: number, k: number): void => {
    if (owner[k] === -1) owner[k] = i;
  };

  /** Attaches the comments that follow `from` on the same line (one comma may come first). */
  const trailing = (i: number, from: number, allowComma: boolean): void => {
    let p = from;
    let comma = !allowComma;
    for (;;) {
      while (p < text.length && isBlank(text.charCodeAt(p))) p++;
      if (!comma && text.charCodeAt(p) === COMMA) {
        comma = true;
        p++;
        continue;
      }
      const k = find(starts, p);
      const c = comments[k];
      if (c === undefined) return;
      claim(i, k);
      if (c.range.end.line !== c.range.start.line) return;
      p = c.range.end.offset;
    }
  };

  for (let i = 0; i < t.count; i++) {
    const end = t.end[i] ?? 0;
    if (i > 0 && (lineFlags[lines.lineOf(end)] ?? 0) & 1) trailing(i, end, true);
    const start = t.start[i] ?? 0;
    // Types 0 and 1 are object and array (see NODE_TYPES).
    if ((t.type[i] ?? 5) <= 1 && (lineFlags[lines.lineOf(start)] ?? 0) & 1) {
      trailing(i, start + 1, false);
    }
  }
  for (let i = 0; i < t.count; i++) {
    const ks = t.keyStart[i] ?? -1;
    const first = ks >= 0 ? ks : (t.start[i] ?? 0);
    if (((lineFlags[lines.lineOf(first) - 1] ?? 0) & 2) === 0) continue;
    commentsAbove(text, first, comments, ends, (k) => claim(i, k));
  }
  // Walking comments in source order keeps every list in source order.
  let lastOwner = -1;
  let list: SourceComment[] = [];
  for (let k = 0; k < n; k++) {
    const i = owner[k] ?? -1;
    const c = comments[k];
    if (i < 0 || c === undefined) continue;
    if (i !== lastOwner) {
      const key = pathKey(view.pathOf(i));
      const existing = out.get(key);
      list = existing ?? [];
      if (existing === undefined) out.set(key, list);
      lastOwner = i;
    }
    list.push(c);
  }
  return out;
}

/** Index of the value `x` in the increasing array `a`, or -1. */
function find(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = a[mid] ?? 0;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Claims the run of comment-only lines directly above the line that `start` begins, provided
 * only blanks precede `start` on its line. Stops at a blank line or a line with anything else.
 */
function commentsAbove(
  text: string,
  start: number,
  comments: readonly SourceComment[],
  ends: Int32Array,
  claim: (k: number) => void,
): void {
  // `q` walks backwards from the character before `start`.
  let q = start - 1;
  while (q >= 0 && isBlank(text.charCodeAt(q))) q--;
  if (q < 0 || !isBreak(text.charCodeAt(q))) return;
  const run: number[] = [];
  for (;;) {
    // Step over exactly one line break (`\n`, `\r\n` or `\r`).
    if (text.charCodeAt(q) === LF) {
      q--;
      if (q >= 0 && text.charCodeAt(q) === CR) q--;
    } else q--;
    while (q >= 0 && isBlank(text.charCodeAt(q))) q--;
    if (q < 0 || isBreak(text.charCodeAt(q))) break; // blank line or start of text
    const line: number[] = [];
    let commentOnly = false;
    for (;;) {
      const k = find(ends, q + 1);
      const c = comments[k];
      if (c === undefined) break; // something other than a comment on this line
      line.push(k);
      q = c.range.start.offset - 1;
      while (q >= 0 && isBlank(text.charCodeAt(q))) q--;
      if (q < 0 || isBreak(text.charCodeAt(q))) {
        commentOnly = true;
        break;
      }
    }
    if (!commentOnly) break;
    run.push(...line);
    if (q < 0) break;
  }
  for (const k of run) claim(k);
}
