/** Text made safe for an SVG document: escaped, and stripped of what XML 1.0 cannot hold. */

/** Characters XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE/FFFF). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for an element's content or a quoted attribute, so a policy's Sid or comment such as
 * `<img src=x onerror=alert(1)>` stays text and the document stays well-formed.
 */
export function escapeXml(value: string): string {
  return value
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number as an SVG coordinate: rounded to one decimal, never NaN or an exponent. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(Math.round(value * 10) / 10);
}
