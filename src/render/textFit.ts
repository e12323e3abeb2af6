/**
 * Text measured without a browser: an estimate of each character's width in a system sans-serif,
 * so the CLI and the app cut and wrap labels the same way (no font file is read or embedded).
 */

/** Whether a character is drawn full width (CJK, kana, full-width forms). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f300
  );
}

/** Width of one character in ems, for a proportional face (monospace: 0.6 em each). */
function charEm(ch: string, mono: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  if (mono) return 0.62;
  if (/[il.,:;'|!]/.test(ch)) return 0.3;
  if (/[mwMW@]/.test(ch)) return 0.85;
  if (/[A-Z]/.test(ch)) return 0.72;
  if (ch === ' ') return 0.3;
  return 0.58;
}

/** The estimated width of `text` at `size` px (generous, so real text fits inside the estimate). */
export function textWidth(text: string, size: number, mono = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch, mono);
  return em * size;
}

/** `text` cut to fit `width` px, with an ellipsis when something was cut. */
export function ellipsize(text: string, width: number, size: number, mono = false): string {
  if (textWidth(text, size, mono) <= width) return text;
  const room = width - textWidth('…', size, mono);
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charEm(ch, mono) * size;
    if (used + w > room) break;
    out += ch;
    used += w;
  }
  return out.trimEnd() + '…';
}

/**
 * `text` wrapped into at most `maxLines` lines of `width` px, breaking at spaces where it can (and
 * anywhere in a run without spaces, as Japanese is written); the last line ends with an ellipsis when
 * text is left over.
 */
export function wrap(
  text: string,
  width: number,
  size: number,
  maxLines: number,
  mono = false,
): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '' || maxLines <= 0) return [];
  const lines: string[] = [];
  let rest = clean;
  while (rest !== '' && lines.length < maxLines) {
    if (lines.length === maxLines - 1 || textWidth(rest, size, mono) <= width) {
      lines.push(ellipsize(rest, width, size, mono));
      break;
    }
    let cut = 0;
    let used = 0;
    let lastSpace = -1;
    const chars = [...rest];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] ?? '';
      const w = charEm(ch, mono) * size;
      if (used + w > width) break;
      if (ch === ' ') lastSpace = i;
      used += w;
      cut = i + 1;
    }
    // Latin text breaks at its last space; Japanese, which has no spaces between words, anywhere
    // (unless a space comes late enough in the line not to leave it short).
    const wide = chars.slice(0, cut).some((ch) => isWide(ch.codePointAt(0) ?? 0));
    const at = lastSpace > 0 && (!wide || lastSpace > cut * 0.6) ? lastSpace : Math.max(cut, 1);
    lines.push(chars.slice(0, at).join('').trimEnd());
    rest = chars.slice(at).join('').trimStart();
  }
  return lines;
}
