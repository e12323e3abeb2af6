import type { CommentKind } from './types';

/** A comment as raw offsets; ranges with line/column are computed later from a LineIndex. */
export interface RawComment {
  kind: CommentKind;
  /** Trimmed text without the `//`, `#` or `/* *\/` markers. */
  text: string;
  start: number;
  end: number;
}

/** What one string-aware pass over the source finds. */
export interface SourceScan {
  /** Every `//`, `/* *\/` and `#` comment in source order. */
  comments: RawComment[];
  /**
   * The text jsonc-parser should see: `#` comments and a leading BOM replaced by spaces of the
   * same length, so every offset still points into the original text.
   */
  jsonText: string;
  /** Deepest bracket nesting (`{` / `[`) outside strings and comments. */
  maxDepth: number;
  /** Offset of the first bracket that opens a level deeper than `depthLimit`, if any. */
  tooDeepAt: number | undefined;
  /** False when the text holds nothing but whitespace and comments. */
  hasContent: boolean;
  /** Offsets of commas with nothing but blanks and comments before the `}` or `]` that follows. */
  trailingCommas: number[];
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;
const SLASH = 47;
const STAR = 42;
const HASH = 35;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const BOM = 0xfeff;

/**
 * Finds every comment (including the `#` comments jsonc-parser does not know) and the nesting
 * depth in one linear pass, mirroring jsonc-parser's tokeniser so both agree on what is a string.
 */
export function scanSource(text: string, depthLimit: number): SourceScan {
  const n = text.length;
  const comments: RawComment[] = [];
  // Spans to blank out in the text handed to jsonc-parser: [start, end) pairs.
  const blanks: number[] = [];
  let depth = 0;
  let maxDepth = 0;
  let tooDeepAt: number | undefined;
  let hasContent = false;
  const trailingCommas: number[] = [];
  // The last comma outside strings and comments, until something other than a blank follows it.
  let comma: number | undefined;
  let i = 0;
  if (n > 0 && text.charCodeAt(0) === BOM) {
    blanks.push(0, 1);
    i = 1;
  }
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === SPACE || ch === TAB || ch === LF || ch === CR) {
      i++;
    } else if (ch === QUOTE) {
      hasContent = true;
      comma = undefined;
      i = skipString(text, i + 1);
    } else if (ch === HASH) {
      const end = lineEnd(text, i + 1);
      comments.push({ kind: 'hash', text: text.slice(i + 1, end).trim(), start: i, end });
      blanks.push(i, end);
      i = end;
    } else if (ch === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const end = lineEnd(text, i + 2);
      comments.push({ kind: 'line', text: text.slice(i + 2, end).trim(), start: i, end });
      i = end;
    } else if (ch === SLASH && text.charCodeAt(i + 1) === STAR) {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? n : close + 2;
      const inner = text.slice(i + 2, close < 0 ? n : close);
      comments.push({ kind: 'block', text: inner.trim(), start: i, end });
      i = end;
    } else {
      hasContent = true;
      if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
        depth++;
        if (depth > maxDepth) maxDepth = depth;
        if (depth > depthLimit && tooDeepAt === undefined) tooDeepAt = i;
      } else if ((ch === CLOSE_BRACE || ch === CLOSE_BRACKET) && depth > 0) {
        depth--;
        if (comma !== undefined) trailingCommas.push(comma);
      }
      comma = ch === COMMA ? i : undefined;
      i++;
    }
  }
  return {
    comments,
    jsonText: blankOut(text, blanks),
    maxDepth,
    tooDeepAt,
    hasContent,
    trailingCommas,
  };
}

/** Offset just past a string that opened before `i`: at its closing quote or its line break. */
function skipString(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) return i + 1;
    // jsonc-parser takes the character after a backslash as escaped, whatever it is.
    if (ch === BACKSLASH) i += 2;
    else if (ch === LF || ch === CR) return i;
    else i++;
  }
  return n;
}

function lineEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === LF || ch === CR) return i;
    i++;
  }
  return n;
}

function blankOut(text: string, blanks: number[]): string {
  if (blanks.length === 0) return text;
  const parts: string[] = [];
  let last = 0;
  for (let k = 0; k + 1 < blanks.length; k += 2) {
    const s = blanks[k] ?? 0;
    const e = blanks[k + 1] ?? s;
    parts.push(text.slice(last, s), ' '.repeat(e - s));
    last = e;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
