import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../catalog';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { lintPolicy } from './lintPolicy';
import { servicesToLoad } from './servicesToLoad';
import type { DocumentKind, Severity } from './types';

/** condition-keys.json also states each finding's severity (Access Analyzer's finding type). */
interface SeverityCase {
  name: string;
  kind: DocumentKind;
  policy: string;
  expect: { code: string; line: number; severity: Severity }[];
}

const cases = JSON.parse(
  readFileSync(join(import.meta.dirname, 'cases', 'condition-keys.json'), 'utf8'),
) as SeverityCase[];
const catalog = new Catalog(createNodeSource());

beforeAll(async () => {
  await catalog.load(cases.flatMap((c) => servicesToLoad(c.policy)));
});

describe('condition-keys.json severities', () => {
  for (const c of cases) {
    if (c.expect.length === 0) continue;
    it(c.name, () => {
      const findings = lintPolicy(c.policy, c.kind, { catalog });
      for (const e of c.expect) {
        const hit = findings.find((f) => f.code === e.code && f.range.start.line === e.line);
        expect(hit?.severity, `${e.code} on line ${e.line}`).toBe(e.severity);
      }
    });
  }
});
