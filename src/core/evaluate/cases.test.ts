import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES_DIR, listCaseFiles, readCases } from './cases/index';
import { evaluateRequest } from './evaluate';
import { DECISIONS } from './types';

const files = listCaseFiles();

describe('engine case folders', () => {
  it('has at least 90 cases, each with a name, a documentation source and a valid expectation', () => {
    const all = files.flatMap(readCases);
    expect(all.length).toBeGreaterThanOrEqual(90);
    const names = new Set<string>();
    for (const c of all) {
      expect(typeof c.name === 'string' && c.name.length > 0).toBe(true);
      expect(c.source, c.name).toMatch(/docs\.aws\.amazon\.com|aws\.amazon\.com\/blogs/);
      expect(DECISIONS, c.name).toContain(c.expected);
      expect(names.has(c.name), `duplicate case name: ${c.name}`).toBe(false);
      names.add(c.name);
    }
  });

  for (const file of files) {
    describe(relative(CASES_DIR, file), () => {
      for (const c of readCases(file)) {
        it(c.name, () => {
          const result = evaluateRequest(c.request);
          expect(
            result.decision,
            `${c.name}\n  source: ${c.source}\n  reasons: ${result.explain.reasons.join(' | ')}`,
          ).toBe(c.expected);
        });
      }
    });
  }
});
