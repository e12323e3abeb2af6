import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../catalog';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { ALL_CHECKS } from './checks';
import { LINT_POLICY_KINDS, lintPolicy } from './lintPolicy';
import { servicesToLoad } from './servicesToLoad';
import type { DocumentKind } from './types';

/** One expected finding: its code and the 1-based line where its range starts. */
interface Expected {
  code: string;
  line: number;
}

/** A case states the exact findings of its policy: nothing extra, nothing missing. */
interface LintCase {
  name: string;
  source: string;
  kind: DocumentKind;
  policy: string;
  expect: Expected[];
}

const DIR = join(import.meta.dirname, 'cases');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const catalog = new Catalog(createNodeSource());

function read(file: string): LintCase[] {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as LintCase[];
}

/** Sorts (code, line) pairs by line, then code, so two lists compare as sets with counts. */
function sorted(list: readonly Expected[]): Expected[] {
  return list
    .map(({ code, line }) => ({ code, line }))
    .sort((a, b) => a.line - b.line || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

beforeAll(async () => {
  const all = files.flatMap(read).flatMap((c) => servicesToLoad(c.policy));
  await catalog.load(all);
});

describe('lint case files', () => {
  it('every case has a documented source, a policy, a kind and exact expectations with known codes', () => {
    const codes = new Set<string>(ALL_CHECKS.flatMap((c) => c.codes));
    for (const c of files.flatMap(read)) {
      expect(typeof c.name, 'a case without a name').toBe('string');
      expect(c.source, c.name).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(typeof c.policy, `${c.name}: policy`).toBe('string');
      expect(LINT_POLICY_KINDS, `${c.name}: kind ${String(c.kind)}`).toContain(c.kind);
      expect(Array.isArray(c.expect), `${c.name}: expect must be a list`).toBe(true);
      expect(c, `${c.name}: "absent" is redundant with an exact expect list`).not.toHaveProperty(
        'absent',
      );
      for (const e of c.expect) {
        expect(typeof e.code, `${c.name}: every expect entry has a code`).toBe('string');
        expect(codes.has(e.code), `${c.name}: unknown code ${e.code}`).toBe(true);
        expect(
          Number.isInteger(e.line) && e.line >= 1,
          `${c.name}: ${e.code} needs a 1-based line`,
        ).toBe(true);
      }
    }
  });

  for (const file of files) {
    describe(file, () => {
      for (const c of read(file)) {
        it(c.name, () => {
          const findings = lintPolicy(c.policy, c.kind, { catalog });
          const actual = sorted(findings.map((f) => ({ code: f.code, line: f.range.start.line })));
          expect(actual).toEqual(sorted(c.expect));
        });
      }
    });
  }
});
