import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy';
import { lintPolicy } from './lintPolicy';

// The page reads documents up to a bound (PAGE_MAX_DOC_CHARS); the CLI passes none. A longer text
// is not scanned: one `too-large` diagnostic, no value, and lint reports only that.
const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
});

describe('parsePolicy maxChars', () => {
  it('parses a text at the bound as usual', () => {
    const result = parsePolicy(policy, { maxChars: policy.length });
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({ Version: '2012-10-17' });
  });

  it('does not read a text one character over the bound', () => {
    const result = parsePolicy(`${policy} `, { maxChars: policy.length });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.length).toBe(policy.length + 1);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'too-large', maxChars: policy.length }),
    ]);
  });

  it('reads any length when no bound is given (the CLI)', () => {
    const long = `${policy}${' '.repeat(1_000_000)}`;
    expect(parsePolicy(long).ok).toBe(true);
  });
});

describe('lintPolicy maxChars', () => {
  it('reports one too-large-to-check error and nothing else for a text over the bound', () => {
    // Comments, a wildcard and a missing Version would each be findings if the text were read.
    const text = `// note\n{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}`;
    expect(lintPolicy(text, 'identity').length).toBeGreaterThan(1);
    const findings = lintPolicy(text, 'identity', { maxChars: 20 });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'too-large-to-check',
        severity: 'error',
        params: { length: text.length, maxChars: 20 },
      }),
    ]);
  });
});
