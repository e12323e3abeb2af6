import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCaseFiles, readCases, type EngineCase } from '../core/evaluate/cases';

// Every documented evaluation case (src/core/evaluate/cases) replayed through the real CLI:
// `rolemap simulate -` with the request on standard input must print the expected decision.
const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${root}node_modules/.cache/rolemap-cli-test`;
let cli = '';

beforeAll(async () => {
  // Bundle the CLI once (Vite SSR build) so each case costs a Node start, not a TypeScript compile.
  await build({
    root,
    logLevel: 'silent',
    configFile: false,
    build: {
      ssr: `${root}src/cli/rolemap.ts`,
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'rolemap.mjs' } },
    },
  });
  cli = `${outDir}/rolemap.mjs`;
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function simulate(
  request: unknown,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'simulate', '-'], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(JSON.stringify(request));
  });
}

describe('rolemap simulate on every documented case', () => {
  it('prints the decision AWS documents, for each case', async () => {
    const cases: EngineCase[] = listCaseFiles().flatMap((f) => readCases(f));
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const failures: string[] = [];
    // A few at a time: two cores, and each case is a short-lived process.
    for (let i = 0; i < cases.length; i += 4) {
      const batch = cases.slice(i, i + 4);
      const results = await Promise.all(batch.map((c) => simulate(c.request)));
      results.forEach((r, j) => {
        const c = batch[j];
        if (!c) return;
        let decision: unknown;
        try {
          decision = (JSON.parse(r.stdout) as { decision?: unknown }).decision;
        } catch {
          decision = `unparsable output (exit ${r.code}): ${r.stderr.trim()}`;
        }
        if (r.code !== 0 || decision !== c.expected)
          failures.push(`${c.name}: expected ${c.expected}, got ${String(decision)} [${c.source}]`);
      });
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
