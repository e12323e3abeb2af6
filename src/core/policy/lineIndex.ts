import type { Position, Range } from './types';

const LF = 10;
const CR = 13;

/**
 * Maps offsets to 1-based line/column and back by binary search over line starts.
 * Line breaks are `\n`, `\r\n` and a lone `\r` (as in Monaco and jsonc-parser); columns count
 * UTF-16 code units from the start of the line, so they match Monaco's columns.
 */
export class LineIndex {
  /** Offset at which each line starts; `starts[0]` is always 0. */
  private readonly starts: number[];
  /** Offset at which each line's break begins (or the text length for the last line). */
  private readonly ends: number[];
  private readonly length: number;
  /** Index of the line found last: offsets are mostly asked for in increasing order. */
  private hint = 0;

  /** Indexes `text` once (linear time), so that every later lookup is logarithmic. */
  constructor(text: string) {
    const starts = [0];
    const ends: number[] = [];
    const n = text.length;
    if (text.indexOf('\r') < 0) {
      // Common case, done with the native search: only `\n` breaks lines.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        ends.push(i);
        starts.push(i + 1);
      }
    } else
      for (let i = 0; i < n; i++) {
        const ch = text.charCodeAt(i);
        if (ch === LF) {
          ends.push(i);
          starts.push(i + 1);
        } else if (ch === CR) {
          ends.push(i);
          if (text.charCodeAt(i + 1) === LF) i++;
          starts.push(i + 1);
        }
      }
    ends.push(n);
    this.starts = starts;
    this.ends = ends;
    this.length = n;
  }

  /** Number of lines (an empty text has one line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based index of the line holding `offset` (already clamped to the text). */
  private lineIndexOf(offset: number): number {
    const starts = this.starts;
    const h = this.hint;
    if (offset >= (starts[h] ?? 0) && offset < (starts[h + 1] ?? Infinity)) return h;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return lo;
  }

  /** The 1-based line of a 0-based offset (clamped), without allocating a Position. */
  lineOf(offset: number): number {
    return this.lineIndexOf(clamp(offset, this.length)) + 1;
  }

  /** The 1-based line/column of a 0-based offset; out-of-range offsets are clamped to the text. */
  position(offset: number): Position {
    const o = clamp(offset, this.length);
    const line = this.lineIndexOf(o);
    return { offset: o, line: line + 1, column: o - (this.starts[line] ?? 0) + 1 };
  }

  /** The offset of a 1-based line/column; values past a line's end clamp to its line break. */
  offsetAt(line: number, column: number): number {
    const li = Math.min(Math.max(Math.floor(line) || 1, 1), this.starts.length) - 1;
    const start = this.starts[li] ?? 0;
    const end = this.ends[li] ?? this.length;
    const col = Math.max(Math.floor(column) || 1, 1);
    return Math.min(start + col - 1, end);
  }

  /** Full Position of a 1-based line/column (clamped). */
  positionAt(line: number, column: number): Position {
    return this.position(this.offsetAt(line, column));
  }

  /** Range of the half-open offset span [start, end). */
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
}

function clamp(offset: number, length: number): number {
  if (!Number.isFinite(offset)) return offset > 0 ? length : 0;
  const o = Math.floor(offset);
  return o < 0 ? 0 : o > length ? length : o;
}

/** One-off offset → line/column, for callers that hold only the text (builds an index each call). */
export function offsetToPosition(text: string, offset: number): Position {
  return new LineIndex(text).position(offset);
}

/** One-off 1-based line/column → full Position (with offset), e.g. for a Monaco cursor. */
export function positionOf(text: string, line: number, column: number): Position {
  return new LineIndex(text).positionAt(line, column);
}
