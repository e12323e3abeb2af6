import { describe, expect, it } from 'vitest';
import { jsonDetailJa } from './jsonDetail';

/** The JavaScript engine's own message for a text that is not JSON. */
function parseError(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${text} parsed`);
}

describe('a JSON parser message in Japanese', () => {
  it.each([
    ['{', '2 文字目'],
    ['{"a": 1,}', '9 文字目'],
    ['[1 2]', '4 文字目'],
    ['', '途中で終わって'],
    ['{"a":', '途中で終わって'],
  ])('%j: says where the text stops being JSON', (text, where) => {
    const ja = jsonDetailJa(parseError(text));
    expect(ja).toContain(where);
    expect(ja.match(/[A-Za-z]{3,}(?:\s+[A-Za-z]{2,})+/)).toBeNull();
  });

  it('reads a line and column when the engine gives them', () => {
    expect(
      jsonDetailJa("Expected ',' after property value in JSON at position 40 (line 3 column 5)"),
    ).toBe('3 行 5 列で JSON として読めなくなります');
  });

  it('never passes the English through', () => {
    expect(jsonDetailJa('Something else went wrong')).toBe('JSON として読めません');
  });
});
