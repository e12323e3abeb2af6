import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../catalog';
import { createNodeSource } from '../catalog/nodeSource';
import { ALL_CHECKS } from './checks';
import { lintPolicy } from './lintPolicy';
import { servicesToLoad } from './servicesToLoad';
import type { PolicyKind } from './types';

interface LintCase {
  name: string;
  source: string;
  kind: PolicyKind;
  policy: string;
  expect: { code: string; line?: number }[];
  absent?: string[];
}

const DIR = join(import.meta.dirname, 'cases');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const catalog = new Catalog(createNodeSource());

function read(file: string): LintCase[] {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as LintCase[];
}

beforeAll(async () => {
  const all = files.flatMap(read).flatMap((c) => servicesToLoad(c.policy));
  await catalog.load(all);
});

describe('lint case files', () => {
  it('every case has a documented source and a known code', () => {
    const codes = new Set(ALL_CHECKS.flatMap((c) => c.codes));
    for (const c of files.flatMap(read)) {
      expect(c.source, c.name).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      for (const e of c.expect) expect(codes.has(e.code), `${c.name}: ${e.code}`).toBe(true);
      for (const a of c.absent ?? []) expect(codes.has(a), `${c.name}: ${a}`).toBe(true);
    }
  });

  for (const file of files) {
    describe(file, () => {
      for (const c of read(file)) {
        it(c.name, () => {
          const findings = lintPolicy(c.policy, c.kind, { catalog });
          const seen = findings.map((f) => `${f.code}@${f.range.start.line}`).join(', ');
          for (const e of c.expect) {
            const hit = findings.some(
              (f) => f.code === e.code && (e.line === undefined || f.range.start.line === e.line),
            );
            expect(hit, `expected ${e.code}@${e.line ?? '*'}; got: ${seen}`).toBe(true);
          }
          for (const code of c.absent ?? []) {
            expect(
              findings.some((f) => f.code === code),
              `${code} must not appear; got: ${seen}`,
            ).toBe(false);
          }
        });
      }
    });
  }
});
