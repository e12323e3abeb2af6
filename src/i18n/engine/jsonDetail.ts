/**
 * A JSON parser's message (the JavaScript engine's English, e.g. "Expected ',' or '}' after
 * property value in JSON at position 40 (line 3 column 5)") said in Japanese: where the text stops
 * being JSON, which is what the reader needs; the engine's own wording is not translated.
 */
export function jsonDetailJa(detail: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  if (lineColumn) return `${lineColumn[1]} 行 ${lineColumn[2]} 列で JSON として読めなくなります`;
  const position = /at position (\d+)/.exec(detail);
  if (position) return `${Number(position[1]) + 1} 文字目で JSON として読めなくなります`;
  if (/end of (JSON )?input/i.test(detail)) return 'JSON が途中で終わっています';
  const token = /Unexpected token '?(.)'?/.exec(detail);
  if (token) return `JSON として読めない文字「${token[1]}」があります`;
  return 'JSON として読めません';
}
