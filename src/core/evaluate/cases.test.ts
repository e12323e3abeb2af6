import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES_DIR, listCaseFiles } from './cases/index';
import { evaluateRequest } from './evaluate';
import { DECISIONS, type SimulationRequest } from './types';

interface EngineCase {
  name: string;
  source: string;
  request: SimulationRequest;
  expected: (typeof DECISIONS)[number];
}

function loadCases(file: string): EngineCase[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return (Array.isArray(parsed) ? parsed : [parsed]) as EngineCase[];
}

const files = listCaseFiles();

describe('engine case folders', () => {
  it('has at least 90 cases, each with a name, a documentation source and a valid expectation', () => {
    const all = files.flatMap(loadCases);
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
      for (const c of loadCases(file)) {
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
