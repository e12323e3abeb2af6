import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// ARCHITECTURE.md: core ← graph ← i18n ← store/platform ← ui ← monaco ← features ← app, with the
// engine (core, graph) importing nothing outside itself and no cycle between folders.
const src = dirname(fileURLToPath(import.meta.url));
const root = resolve(src, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** The folder under src/ (or under src/core/) an import lands in, for relative imports. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'/gm)) {
    const target = resolve(dirname(file), m[1] ?? '');
    out.push(relative(src, target));
  }
  return out;
}

const top = (path: string): string => path.split('/')[0] ?? '';
const isTest = (file: string): boolean => /\.test\.ts$|\/testing\//.test(file);

describe('architecture', () => {
  const all = files(src).filter((f) => !f.endsWith('architecture.test.ts'));

  it('core and graph import nothing outside themselves (tests may plug in platform adapters)', () => {
    const leaks: string[] = [];
    for (const file of all) {
      const from = relative(src, file);
      if (!['core', 'graph'].includes(top(from)) || isTest(file)) continue;
      for (const target of importsOf(file)) {
        const to = top(target);
        const ok = to === 'core' || (top(from) === 'graph' && to === 'graph');
        if (!ok) leaks.push(`${from} → ${target}`);
        if (top(from) === 'graph' && to === 'core' && target !== 'core' && target !== 'core/index')
          leaks.push(`${from} → ${target} (graph must use core/index.ts)`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('has no cycle between folders (src/* and src/core/*)', () => {
    const folderOf = (path: string): string => {
      const parts = path.split('/');
      return parts[0] === 'core' && parts.length > 2 ? `core/${parts[1]}` : (parts[0] ?? '');
    };
    const edges = new Map<string, Set<string>>();
    for (const file of all) {
      if (isTest(file)) continue;
      const from = folderOf(relative(src, file));
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        // Importing core's index counts as importing core as a whole, which sits below everything.
        if (to === from || to === 'core' || to === 'core/index.ts' || to === '') continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)?.add(to);
      }
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of edges.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('the import-boundary lint rejects the store imported from src/graph, and deep core imports', async () => {
    const eslint = new ESLint({ cwd: root });
    const [graph] = await eslint.lintText(
      "import { useStore } from '../store';\nexport const s = useStore;\n",
      {
        filePath: join(src, 'graph', 'probe.ts'),
      },
    );
    expect(graph?.messages.map((m) => m.ruleId)).toContain('import-x/no-restricted-paths');
    const [deep] = await eslint.lintText(
      "import { parsePolicy } from '../core/policy/parse';\nexport const p = parsePolicy;\n",
      { filePath: join(src, 'app', 'probe.ts') },
    );
    expect(deep?.messages.map((m) => m.ruleId)).toContain('import-x/no-restricted-paths');
    const [fine] = await eslint.lintText(
      "import { parsePolicy } from '../core';\nexport const p = parsePolicy;\n",
      { filePath: join(src, 'app', 'probe.ts') },
    );
    expect(fine?.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths')).toEqual([]);
  }, 60_000);
});
