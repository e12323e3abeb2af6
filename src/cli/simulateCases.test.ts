import { describe, expect, it } from 'vitest';
import { listCaseFiles, readCases, type EngineCase } from '../core/evaluate/cases';
import { runCli } from './testing/memoryIo';

// Every documented evaluation case (src/core/evaluate/cases) replayed through the CLI:
// `rolemap simulate -` with the request on standard input must print the expected decision.
const cases: EngineCase[] = listCaseFiles().flatMap((f) => readCases(f));

describe('rolemap simulate on every documented case', () => {
  it('replays them all', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    'prints the decision AWS documents: %s',
    async (_name, c) => {
      const r = await runCli(['simulate', '-'], { stdin: JSON.stringify(c.request) });
      expect(r.stderr, c.source).toBe('');
      expect(r.code, c.source).toBe(0);
      expect(r.stdout.endsWith('\n')).toBe(true);
      const out = JSON.parse(r.stdout) as {
        decision?: unknown;
        explain?: { incomplete?: unknown };
      };
      expect(out.decision, c.source).toBe(c.expected);
      expect(out.explain?.incomplete, c.source).toBe(c.incomplete ? true : undefined);
    },
  );
});
