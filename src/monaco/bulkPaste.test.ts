import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BULK_PASTE_CHARS, LONG_LINE_SLICE_CHARS, SLICE_CHARS, sliceEnd } from './bulkPaste';

/** Every slice of `text`, cut as the sliced paste cuts it. */
function slices(text: string, max?: number, long?: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    const end = sliceEnd(text, at, max, long);
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

describe('sliceEnd', () => {
  it('ends a slice after the last line break within reach', () => {
    const text = 'ab\ncd\nef\ngh';
    expect(sliceEnd(text, 0, 7)).toBe(6); // "ab\ncd\n": the break at 5 is the last before 7
    expect(sliceEnd(text, 6, 4)).toBe(9); // "ef\n"
  });

  it('takes the rest when the rest fits', () => {
    expect(sliceEnd('abc\ndef', 0, 100)).toBe(7);
    expect(sliceEnd('abc\ndef', 4, 3)).toBe(7);
  });

  it('cuts a line longer than a slice at the long-line size', () => {
    const text = 'x'.repeat(100) + '\n' + 'y'.repeat(20);
    expect(sliceEnd(text, 0, 10, 40)).toBe(40);
    expect(sliceEnd(text, 40, 10, 40)).toBe(80);
    // The line's end is within the next slice's reach: cut after its break.
    expect(sliceEnd(text, 95, 10, 40)).toBe(101);
  });

  it('never splits a \\r\\n or a surrogate pair', () => {
    expect(sliceEnd('abcd\r\nef', 0, 2, 5)).toBe(4);
    const emoji = '😀'; // two UTF-16 code units
    const text = 'abc' + emoji + 'defgh';
    expect(sliceEnd(text, 0, 2, 4)).toBe(3);
    expect(text.slice(0, sliceEnd(text, 0, 2, 4))).toBe('abc');
  });

  it('always moves on, however small the sizes', () => {
    expect(sliceEnd('\r\n\r\n', 0, 0, 0)).toBe(2);
    expect(sliceEnd('😀😀', 0, 0, 0)).toBe(2);
  });

  it('the default sizes: slices of whole lines, a paste bound above one slice', () => {
    expect(BULK_PASTE_CHARS).toBeGreaterThan(SLICE_CHARS);
    expect(LONG_LINE_SLICE_CHARS).toBeGreaterThanOrEqual(SLICE_CHARS);
    const line = `"s3:GetObject",\n`;
    const text = line.repeat(Math.ceil((3 * SLICE_CHARS) / line.length));
    const parts = slices(text);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(SLICE_CHARS);
      expect(part.endsWith('\n') || part === parts.at(-1)).toBe(true);
    }
  });

  it('slices join to the text, each within its bound, none ending inside a pair', () => {
    const unit = fc.constantFrom('a', 'b', '\n', '\r', '\r\n', '😀', 'é', ' ');
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 300 }).map((u) => u.join('')),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 80 }),
        (text, max, long) => {
          const parts = slices(text, max, long);
          expect(parts.join('')).toBe(text);
          let at = 0;
          for (const part of parts) {
            at += part.length;
            expect(part.length).toBeGreaterThan(0);
            expect(part.length).toBeLessThanOrEqual(Math.max(2, max, long));
            if (at < text.length) {
              const before = text.charCodeAt(at - 1);
              expect(before === 0x0d && text[at] === '\n').toBe(false);
              expect(before >= 0xd800 && before <= 0xdbff).toBe(false);
            }
          }
        },
      ),
    );
  });
});
