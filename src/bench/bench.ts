/**
 * `npm run bench`: prints how long the engine's hot paths take on this machine. Figures only;
 * no test asserts wall-clock time.
 */
import { Catalog } from '../core/catalog';
import { createNodeSource } from '../core/catalog/nodeSource';
import { evaluateRequest } from '../core/evaluate';
import { parsePolicy } from '../core/policy';
import { scenarioDocs, seedScenario, type Scenario } from '../core/scenario';
import { buildGraph } from '../graph/build';
import { layoutGraphSync } from '../graph/layout';

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
  console.log(`${label.padEnd(58)} median ${fmt(median)}  p95 ${fmt(p95)}  (${runs} runs)`);
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
  time(`layout: seed graph (${seedGraph.nodes.length} nodes, dagre)`, 30, () =>
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
      permissionPolicies: [{ name: 'ReadOnlyAccess', managed: true, document: readOnlyText }],
    },
  };
  time('graph: ReadOnlyAccess-sized scenario → graph', 10, () => graphOf(roScenario, catalog));
  const roGraph = graphOf(roScenario, catalog);
  time(`layout: ReadOnlyAccess-sized graph (${roGraph.nodes.length} nodes)`, 5, () =>
    layoutGraphSync(roGraph),
  );

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
