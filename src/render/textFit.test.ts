import { describe, expect, it } from 'vitest';
import { ellipsize, textWidth, wrap } from './textFit';
import { escapeXml } from './xml';

describe('text without a browser', () => {
  it('wraps Latin text at spaces and ends the last line with an ellipsis', () => {
    const lines = wrap(
      'Grants permission to acknowledge a message, ensuring it will not be delivered again',
      180,
      12,
      2,
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]?.endsWith(' ')).toBe(false);
    expect('Grants permission to acknowledge a message'.startsWith(lines[0] ?? '-')).toBe(true);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(180);
  });

  it('wraps Japanese anywhere, since it has no spaces between words', () => {
    const text = '指定した SSM ドキュメントの詳細を表示する許可を付与';
    const lines = wrap(text, 150, 12, 3);
    expect(lines.join('')).toBe(text);
    expect(lines[0]?.length).toBeGreaterThan('指定した SSM'.length);
  });

  it('keeps short text as it is and cuts long text to the width', () => {
    expect(ellipsize('ssm', 100, 12)).toBe('ssm');
    const cut = ellipsize('GetDeployablePatchSnapshotForInstance', 120, 13, true);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 13, true)).toBeLessThanOrEqual(120);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;\uFFFD');
    expect(escapeXml('\uD800x')).toBe('\uFFFDx');
    expect(escapeXml('😀')).toBe('😀');
  });
});
