/** Property-based: every lint check survives any input, and findings are well formed and in the text. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../catalog';
import { DOCUMENT_KINDS, parsePolicy } from '../policy';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { anyInputText, PROPERTY_TIMEOUT, RUNS } from '../testing/arbitraries';
import { ALL_CHECKS } from './checks';
import { LINT_CODES } from './codes';
import { createContext } from './context';
import { lintPolicy } from './lintPolicy';
import { SEVERITIES, type Finding } from './types';

const catalog = new Catalog(createNodeSource());
beforeAll(async () => {
  // The services the arbitraries name, so the catalog checks run too.
  await catalog.load(['s3', 'iam', 'ec2', 'sts', 'ssm']);
}, 60_000);

const codes = new Set<string>(LINT_CODES);
const kind = fc.constantFrom(...DOCUMENT_KINDS);

describe('lint, on any input and any document kind', { timeout: PROPERTY_TIMEOUT }, () => {
  it('no check throws (lintPolicy would hide it), whether the catalog is loaded or not', () => {
    fc.assert(
      fc.property(anyInputText, kind, fc.boolean(), (text, k, withCatalog) => {
        const parse = parsePolicy(text);
        const failed: string[] = [];
        for (const [i, check] of ALL_CHECKS.entries()) {
          const ctx = createContext(text, k, parse, withCatalog ? catalog : undefined, []);
          try {
            check.run(ctx);
          } catch (error) {
            failed.push(`check ${i} (${check.codes.join(',')}): ${String(error)}`);
          }
        }
        expect(failed).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('every finding has a known code, a severity and a range inside the text; fixes too', () => {
    fc.assert(
      fc.property(anyInputText, kind, (text, k) => {
        const findings: Finding[] = lintPolicy(text, k, { catalog });
        for (const f of findings) {
          expect(codes.has(f.code), f.code).toBe(true);
          expect(SEVERITIES).toContain(f.severity);
          expect(f.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(f.range.end.offset).toBeLessThanOrEqual(text.length);
          expect(f.range.start.offset).toBeLessThanOrEqual(f.range.end.offset);
          for (const edit of f.fix?.edits ?? []) {
            expect(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length).toBe(true);
          }
        }
        expect(() => JSON.stringify(findings)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});
