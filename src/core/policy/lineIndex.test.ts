import { describe, expect, it } from 'vitest';
import { LineIndex, offsetToPosition, positionOf } from './index';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns with \\n, \\r\\n and a lone \\r', () => {
    const text = 'ab\ncd\r\nef\rg';
    const idx = new LineIndex(text);
    expect(idx.lineCount).toBe(4);
    const at = (ch: string) => idx.position(text.indexOf(ch));
    expect(at('a')).toEqual({ offset: 0, line: 1, column: 1 });
    expect(at('b')).toEqual({ offset: 1, line: 1, column: 2 });
    expect(at('c')).toEqual({ offset: 3, line: 2, column: 1 });
    expect(at('e')).toEqual({ offset: 7, line: 3, column: 1 });
    expect(at('g')).toEqual({ offset: 10, line: 4, column: 1 });
    // The line break itself belongs to the line it ends.
    expect(idx.position(text.indexOf('\r'))).toEqual({ offset: 5, line: 2, column: 3 });
    expect(idx.position(6)).toEqual({ offset: 6, line: 2, column: 4 });
  });

  it('answers in any order (not only increasing offsets)', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n');
    const idx = new LineIndex(text);
    for (const n of [999, 0, 500, 1, 998, 250]) {
      const offset =
        text.indexOf(`line ${n}\n`) >= 0
          ? text.indexOf(`line ${n}\n`)
          : text.lastIndexOf(`line ${n}`);
      expect(idx.position(offset + 2)).toMatchObject({ line: n + 1, column: 3 });
    }
  });

  it('clamps offsets outside the text', () => {
    const idx = new LineIndex('ab\ncd');
    expect(idx.position(-5)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(idx.position(99)).toEqual({ offset: 5, line: 2, column: 3 });
    expect(idx.position(Number.NaN)).toEqual({ offset: 0, line: 1, column: 1 });
  });

  it('maps line/column back to offsets, clamping past the end of a line', () => {
    const text = 'ab\r\ncd';
    const idx = new LineIndex(text);
    expect(idx.offsetAt(2, 2)).toBe(text.indexOf('d'));
    expect(idx.offsetAt(1, 50)).toBe(text.indexOf('\r'));
    expect(idx.offsetAt(9, 1)).toBe(text.indexOf('c'));
    expect(idx.offsetAt(0, 0)).toBe(0);
    expect(idx.positionAt(2, 1)).toEqual({ offset: 4, line: 2, column: 1 });
  });

  it('builds a range from two offsets', () => {
    const idx = new LineIndex('{\n  "a": 1\n}');
    expect(idx.range(4, 7)).toEqual({
      start: { offset: 4, line: 2, column: 3 },
      end: { offset: 7, line: 2, column: 6 },
    });
  });

  it('has one-off helpers for callers that hold only the text', () => {
    expect(offsetToPosition('x\ny', 2)).toEqual({ offset: 2, line: 2, column: 1 });
    expect(positionOf('x\ny', 2, 1)).toEqual({ offset: 2, line: 2, column: 1 });
    expect(offsetToPosition('', 0)).toEqual({ offset: 0, line: 1, column: 1 });
  });
});
