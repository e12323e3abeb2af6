import { describe, expect, it } from 'vitest';
import {
  MAX_DEPTH,
  POLICY_LIMITS,
  commentsFor,
  nodeAtPath,
  parsePolicy,
  readPolicy,
} from './index';

describe('deep nesting', () => {
  it('parses exactly MAX_DEPTH (256) levels', () => {
    const text = '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH);
    const r = parsePolicy(text);
    expect(MAX_DEPTH).toBe(256);
    expect(r.ok).toBe(true);
    expect(nodeAtPath(r, new Array<number>(MAX_DEPTH - 1).fill(0))?.type).toBe('array');
  });

  it('refuses one level more with too-deep, no value and no tree', () => {
    const text = '{"a":' + '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH) + '}';
    const r = parsePolicy(text);
    expect(r.ok).toBe(false);
    expect(r.value).toBeUndefined();
    expect(r.root).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['too-deep']);
    // Points at the first bracket past the limit: `{` is level 1, so the 256th `[` is level 257.
    expect(r.diagnostics[0]?.range.start.offset).toBe('{"a":'.length + MAX_DEPTH - 1);
  });

  it('survives 100,000 unclosed brackets without recursing', () => {
    const r = parsePolicy('['.repeat(100_000));
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['too-deep']);
  });

  it('does not count brackets inside strings or comments', () => {
    const text = `["${'['.repeat(1000)}" /* ${'{'.repeat(1000)} */ # ${'['.repeat(1000)}\n]`;
    const r = parsePolicy(text);
    expect(r.ok).toBe(true);
    expect((r.value as string[])[0]).toHaveLength(1000);
  });
});

describe('garbage input', () => {
  it('never throws and caps the number of syntax diagnostics', () => {
    const r = parsePolicy('} '.repeat(50_000));
    expect(r.ok).toBe(false);
    expect(r.diagnostics.length).toBeLessThanOrEqual(100);
  });

  it('never throws on random text made of JSON-ish characters', () => {
    // A fixed linear congruential generator keeps the test reproducible.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = '{}[]:,"\\#/*\n\r\t abc123-.eE\uFEFF\u2028';
    for (let n = 0; n < 300; n++) {
      let text = '';
      const len = next() % 200;
      for (let i = 0; i < len; i++) text += alphabet[next() % alphabet.length];
      const r = parsePolicy(text);
      expect(typeof r.ok).toBe('boolean');
      expect(r.length).toBe(text.length);
      for (const d of r.diagnostics) {
        expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
        expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
      }
      expect(() => readPolicy(r.value).statements).not.toThrow();
    }
  });
});

// Parsing 5 MB takes about a second; a loaded CI machine gets room (a limit, not a timing check).
describe('a ~5 MB policy', { timeout: 60_000 }, () => {
  // Each statement is exactly STATEMENT_LINES lines, so positions can be computed independently.
  const statement = (i: number) =>
    [
      '    {',
      `      "Sid": "S${i}",`,
      '      "Effect": "Allow",',
      '      "Action": [',
      `        "s3:GetObject", # read ${i}`,
      '        "s3:PutObject" // write',
      '      ],',
      `      "Resource": ["arn:aws:s3:::bucket-${i}/*"]`,
      '    }',
    ].join('\n');
  const STATEMENT_LINES = 9;
  const HEADER_LINES = 3;
  const parts: string[] = [];
  let size = 0;
  while (size < 5_000_000) {
    const s = statement(parts.length);
    parts.push(s);
    size += s.length + 2;
  }
  const count = parts.length;
  const text = `{\n  "Version": "2012-10-17",\n  "Statement": [\n${parts.join(',\n')}\n  ]\n}\n`;

  it('parses it completely with ranges and comments', () => {
    expect(text.length).toBeGreaterThan(5_000_000);
    const r = parsePolicy(text);
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toEqual([]);
    expect(r.comments).toHaveLength(2 * count);
    const last = count - 1;
    const sid = nodeAtPath(r, ['Statement', last, 'Sid']);
    expect(sid?.value).toBe(`S${last}`);
    expect(sid?.keyRange?.start.line).toBe(HEADER_LINES + last * STATEMENT_LINES + 2);
    expect(sid?.keyRange?.start.column).toBe(7);
    expect(commentsFor(r, ['Statement', last, 'Action', 0]).map((c) => c.text)).toEqual([
      `read ${last}`,
    ]);
    expect(commentsFor(r, ['Statement', last, 'Action', 1]).map((c) => c.text)).toEqual(['write']);
    // The statement model reads a bounded number of statements and says how many there were.
    const model = readPolicy(r);
    expect(model.statements).toHaveLength(POLICY_LIMITS.statements);
    expect(model.statementTotal).toBe(count);
    expect(model.truncated).toBe(true);
    const lastRead = POLICY_LIMITS.statements - 1;
    expect(model.statements[lastRead]?.resource?.values[0]?.range?.start.offset).toBeGreaterThan(0);
    const lastStatement = (r.value as { Statement: { Resource: string[] }[] }).Statement[last];
    // The parsed value itself is complete: only the model is bounded.
    expect(lastStatement?.Resource).toEqual([`arn:aws:s3:::bucket-${last}/*`]);
  });
});
