import { parsePolicy, type Range, type SourceComment } from '../policy';
import type { TextEdit } from './types';

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * The edits that remove every comment: a comment alone on its line takes the whole line with it,
 * a trailing one takes the blanks before it, so the result reads like hand-written JSON.
 */
export function commentRemovalEdits(text: string, comments: readonly SourceComment[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const c of comments) {
    let start = c.range.start.offset;
    let end = c.range.end.offset;
    while (start > 0 && isBlank(text[start - 1])) start--;
    const lineStart = start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
    let afterEnd = end;
    while (afterEnd < text.length && isBlank(text[afterEnd])) afterEnd++;
    const lineEnd = afterEnd >= text.length || text[afterEnd] === '\n' || text[afterEnd] === '\r';
    if (lineStart && lineEnd && afterEnd < text.length) {
      // The line holds nothing but the comment: drop the line and its break.
      end = afterEnd + (text[afterEnd] === '\r' && text[afterEnd + 1] === '\n' ? 2 : 1);
    } else if (!lineEnd) {
      // Text follows a block comment on the same line: keep one space between the neighbours.
      start = c.range.start.offset;
    }
    const previous = edits[edits.length - 1];
    if (previous !== undefined && start < previous.end) start = previous.end;
    if (start < end) edits.push({ start, end, text: '' });
  }
  return edits;
}

/** The edits that remove each trailing comma (`"s3:GetObject",]`): the comma alone. */
export function trailingCommaRemovalEdits(commas: readonly Range[]): TextEdit[] {
  return commas.map((r) => ({ start: r.start.offset, end: r.end.offset, text: '' }));
}

/** Applies non-overlapping edits sorted by offset, for fixes and the "copy as JSON" action. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * "Copy as AWS-ready JSON": removes `//`, `/* *\/` and `#` comments and trailing commas and keeps
 * everything else, because AWS rejects both in a policy document.
 */
export function stripComments(text: string): string {
  if (typeof text !== 'string') return '';
  const parsed = parsePolicy(text);
  const commas = parsed.trailingCommas ?? [];
  if (parsed.comments.length === 0 && commas.length === 0) return text;
  return applyEdits(text, [
    ...commentRemovalEdits(text, parsed.comments),
    ...trailingCommaRemovalEdits(commas),
  ]);
}
