import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from './checks';
import { FIX_CODES, LINT_CODES } from './codes';
import { lintPolicy } from './lintPolicy';

describe('lint codes', () => {
  it('lists exactly the codes the checks report', () => {
    const reported = new Set(ALL_CHECKS.flatMap((c) => c.codes));
    expect([...reported].sort()).toEqual([...LINT_CODES].sort());
    expect(new Set(LINT_CODES).size).toBe(LINT_CODES.length);
    expect(new Set(FIX_CODES).size).toBe(FIX_CODES.length);
  });

  it('findings are plain data with codes and params, and no words', () => {
    const text =
      '{"Statement":[{"Effect":"allow","Action":["s3:GetObject","s3:GetObject"],"Sid":"a b"}]} # c';
    const findings = lintPolicy(text, 'identity');
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      expect(f).not.toHaveProperty('message');
      expect(LINT_CODES).toContain(f.code);
      expect(JSON.parse(JSON.stringify(f.params))).toEqual(f.params);
      if (f.fix) expect(FIX_CODES).toContain(f.fix.title.code);
    }
    expect(findings.find((f) => f.code === 'effect-invalid')?.params).toEqual({
      value: 'allow',
      proper: 'Allow',
    });
    expect(findings.find((f) => f.code === 'comment')?.fix?.title).toEqual({
      code: 'remove-comments',
      params: { count: 1 },
    });
  });
});
