import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { dagreRunCount, gridLayout, layoutGraph, layoutGraphSync } from './layout';
import type { Layout } from './layout';
import { levelOfDetail } from './levelOfDetail';
import { layoutBounds, readableAtFit } from './readability';
import { NODE_SIZES, nodeSize } from './sizes';
import { seedFixtureScenario } from './testing/graphHelpers';
import { LANES } from './types';
import type { Graph } from './types';

function overlaps(layout: Layout): string[] {
  const boxes = Object.entries(layout);
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, p] = boxes[i] ?? [];
      const [b, q] = boxes[j] ?? [];
      if (!p || !q) continue;
      // An action card drawn inside its service's box overlaps that box on purpose.
      if (p.container === b || q.container === a) continue;
      const apart =
        p.x + p.width <= q.x ||
        q.x + q.width <= p.x ||
        p.y + p.height <= q.y ||
        q.y + q.height <= p.y;
      if (!apart) out.push(`${a} × ${b}`);
    }
  }
  return out;
}

/** For every pair of lanes a < b: every node of lane a ends left of where lane b begins. */
function lanesInOrder(graph: Graph, layout: Layout): void {
  const lanes = new Map<number, { min: number; max: number }>();
  for (const n of graph.nodes) {
    const box = layout[n.id];
    if (!box) throw new Error(`no box for ${n.id}`);
    const lane = LANES[n.kind];
    const cur = lanes.get(lane) ?? { min: Infinity, max: -Infinity };
    lanes.set(lane, { min: Math.min(cur.min, box.x), max: Math.max(cur.max, box.x + box.width) });
  }
  const sorted = [...lanes.entries()].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < sorted.length; i++) {
    const [, prev] = sorted[i - 1] ?? [];
    const [, next] = sorted[i] ?? [];
    expect(prev && next && prev.max < next.min).toBe(true);
  }
}

/** Every action card that sits in a service box lies wholly inside it. */
function cardsInsideBoxes(layout: Layout): void {
  for (const [id, box] of Object.entries(layout)) {
    if (!box.container) continue;
    const outer = layout[box.container];
    expect(outer, id).toBeDefined();
    if (!outer) continue;
    expect(box.x >= outer.x && box.x + box.width <= outer.x + outer.width, id).toBe(true);
    expect(box.y >= outer.y && box.y + box.height <= outer.y + outer.height, id).toBe(true);
  }
}

/** The story reads top to bottom to the role, then left to right from it. */
function storyOrder(graph: Graph, layout: Layout): void {
  const first = (kind: string) => {
    const node = graph.nodes.find((n) => n.kind === kind);
    return node ? layout[node.id] : undefined;
  };
  const chain = ['principal', 'trust-policy', 'sts', 'credentials', 'role'].map(first);
  for (let i = 1; i < chain.length; i++) {
    const above = chain[i - 1];
    const below = chain[i];
    expect(above && below && above.y + above.height <= below.y).toBe(true);
  }
  const row = ['role', 'permission-policy', 'service', 'resource'].map(first);
  for (let i = 1; i < row.length; i++) {
    const left = row[i - 1];
    const right = row[i];
    expect(left && right && left.x + left.width < right.x).toBe(true);
  }
}

describe('layoutGraph', () => {
  const graph = buildGraph(seedFixtureScenario());

  it('places every seed node, at its kind size, with no overlaps, in story order', async () => {
    const layout = await layoutGraph(graph);
    expect(Object.keys(layout).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const n of graph.nodes) {
      if (n.kind === 'service') continue; // a service is drawn as a box sized to its actions
      expect(layout[n.id]?.width).toBe(nodeSize(n).width);
      expect(layout[n.id]?.height).toBe(nodeSize(n).height);
      expect(layout[n.id]?.width).toBe(NODE_SIZES[n.kind].width);
    }
    expect(overlaps(layout)).toEqual([]);
    cardsInsideBoxes(layout);
    storyOrder(graph, layout);
    // All 25 seed actions are inside one of the three service boxes.
    expect(Object.values(layout).filter((b) => b.container).length).toBe(25);
    // The layered layout ran (the grid fallback stacks every lane from the top).
    expect(layout).not.toEqual(gridLayout(graph));
  });

  it('keeps the story order and avoids overlaps in a dense graph (expanded group, boundary, SCP)', async () => {
    const actions = Array.from({ length: 35 }, (_, i) => `ssm:Action${i}`);
    const scenario = seedFixtureScenario();
    scenario.role.permissionsBoundary = '{}';
    scenario.scps = [{ id: 'scp:0', document: '{}' }];
    scenario.role.permissionPolicies.push({
      id: 'permission:1',
      name: 'Many',
      managed: false,
      document: JSON.stringify({
        Statement: { Effect: 'Allow', Action: actions, Resource: 'arn:aws:ssm:*:*:document/x' },
      }),
    });
    const dense = buildGraph(scenario, { expanded: new Set(['group:permission:1:ssm:allow']) });
    expect(dense.nodes.some((n) => n.id === 'group:permission:1:ssm:allow:more:30')).toBe(true);
    const layout = await layoutGraph(dense);
    expect(overlaps(layout)).toEqual([]);
    cardsInsideBoxes(layout);
    storyOrder(dense, layout);
  });

  it('wraps a long service lane into columns, so many services still fit a laptop’s canvas', () => {
    const actions = [
      's3:GetObject',
      'dynamodb:GetItem',
      'sqs:SendMessage',
      'sns:Publish',
      'logs:PutLogEvents',
      'kms:Decrypt',
      'secretsmanager:GetSecretValue',
      'ssm:GetParameter',
      'lambda:InvokeFunction',
      'events:PutEvents',
      'states:StartExecution',
      'xray:PutTraceSegments',
      'ec2:DescribeInstances',
      'ecr:GetAuthorizationToken',
      'cloudwatch:PutMetricData',
      'athena:StartQueryExecution',
      'glue:GetTable',
      'sts:GetCallerIdentity',
    ];
    const scenario = seedFixtureScenario();
    scenario.role.permissionPolicies = [
      {
        id: 'permission:0',
        name: 'App',
        managed: false,
        document: JSON.stringify({
          Statement: { Effect: 'Allow', Action: actions, Resource: '*' },
        }),
      },
    ];
    const graph12 = levelOfDetail(buildGraph(scenario), { expanded: new Set() });
    const services = graph12.nodes.filter((n) => n.kind === 'service');
    expect(services).toHaveLength(18);
    const layout = layoutGraphSync(graph12);
    expect(overlaps(layout)).toEqual([]);
    storyOrder(graph12, layout);
    const columns = new Set(services.map((n) => layout[n.id]?.x));
    expect(columns.size).toBeGreaterThanOrEqual(2);
    // Every resource stays right of every service; the picture is no taller than it is wide.
    const right = Math.max(
      ...services.map((n) => (layout[n.id]?.x ?? 0) + (layout[n.id]?.width ?? 0)),
    );
    for (const n of graph12.nodes.filter((m) => m.kind === 'resource'))
      expect(layout[n.id]?.x ?? 0).toBeGreaterThan(right);
    const b = layoutBounds(layout);
    expect(b.width).toBeGreaterThan(b.height);
    // Three services (the seed) stay one column.
    const seed = levelOfDetail(graph, { expanded: new Set() });
    const seedLayout = layoutGraphSync(seed);
    const seedServices = seed.nodes.filter((n) => n.kind === 'service');
    expect(new Set(seedServices.map((n) => seedLayout[n.id]?.x)).size).toBe(1);
  });

  it('honours custom sizes', async () => {
    const layout = await layoutGraph(graph, { action: { width: 400, height: 100 } });
    const action = graph.nodes.find((n) => n.kind === 'action');
    expect(layout[action?.id ?? '']).toMatchObject({ width: 400, height: 100 });
    expect(overlaps(layout)).toEqual([]);
  });

  it('has a grid fallback with the same guarantees', () => {
    const layout = gridLayout(graph);
    expect(overlaps(layout)).toEqual([]);
    lanesInOrder(graph, layout);
  });
});

describe('layout at the level of detail', () => {
  const graph = buildGraph(seedFixtureScenario());
  // The graph canvas at 1366×768 with the editor open (36% of the width) and the top bar.
  const laptop = { width: 870, height: 729 };
  const pad = { top: 12, right: 12, bottom: 12, left: 12 };

  it('reads at fit on a laptop with services summarised, and not with every action card drawn', () => {
    const summary = levelOfDetail(graph, { expanded: new Set() });
    const layout = layoutGraphSync(summary);
    expect(overlaps(layout)).toEqual([]);
    storyOrder(summary, layout);
    expect(readableAtFit(layout, laptop, pad)).toBe(true);
    const services = summary.nodes.filter((n) => n.kind === 'service').map((n) => n.id);
    const full = levelOfDetail(graph, { expanded: new Set(services) });
    expect(readableAtFit(layoutGraphSync(full), laptop, pad)).toBe(false);
  });

  it('grows every node with presenter mode’s type, still without overlaps', () => {
    const summary = levelOfDetail(graph, { expanded: new Set() });
    const normal = layoutGraphSync(summary);
    const large = layoutGraphSync(summary, undefined, { type: 1.3 });
    for (const n of summary.nodes) {
      expect(large[n.id]?.width).toBe(Math.round((normal[n.id]?.width ?? 0) * 1.3));
      expect(large[n.id]?.height).toBeGreaterThanOrEqual((normal[n.id]?.height ?? 0) * 1.29);
    }
    expect(overlaps(large)).toEqual([]);
  });
});

describe('dagre runs once for what it is given', () => {
  const graph = buildGraph(seedFixtureScenario());
  const services = graph.nodes.filter((n) => n.kind === 'service').map((n) => n.id);
  const full = levelOfDetail(graph, { expanded: new Set(services) });

  /** The same picture with one action card renamed (as typing in its name does). */
  function renamed(g: Graph): { graph: Graph; from: string; to: string } {
    const card = g.nodes.find((n) => n.kind === 'action');
    if (!card) throw new Error('no action card');
    const to = `${card.id}Typed`;
    const swap = (id: string) => (id === card.id ? to : id);
    return {
      graph: {
        ...g,
        nodes: g.nodes.map((n) => (n.id === card.id ? { ...n, id: to } : n)),
        edges: g.edges.map((e) => ({ ...e, source: swap(e.source), target: swap(e.target) })),
      },
      from: card.id,
      to,
    };
  }

  it('lays the same picture out again without running dagre, to the same boxes', () => {
    const first = layoutGraphSync(full);
    const runs = dagreRunCount();
    const again = layoutGraphSync(
      levelOfDetail(buildGraph(seedFixtureScenario()), { expanded: new Set(services) }),
    );
    expect(dagreRunCount()).toBe(runs);
    expect(again).toEqual(first);
  });

  it('renaming a card inside its service box keeps every box where it was, without dagre', () => {
    const before = layoutGraphSync(full);
    const runs = dagreRunCount();
    const { graph: typed, from, to } = renamed(full);
    const after = layoutGraphSync(typed);
    expect(dagreRunCount()).toBe(runs);
    expect(after[to]).toEqual(before[from]);
    for (const n of full.nodes) if (n.id !== from) expect(after[n.id]).toEqual(before[n.id]);
  });

  it('runs dagre again when what it sees changes: another type scale, another service', () => {
    layoutGraphSync(full);
    const runs = dagreRunCount();
    layoutGraphSync(full, undefined, { type: 1.37 });
    expect(dagreRunCount()).toBeGreaterThan(runs);
    const fewer = levelOfDetail(graph, { expanded: new Set(services.slice(1)) });
    const before = dagreRunCount();
    layoutGraphSync(fewer);
    expect(dagreRunCount()).toBeGreaterThan(before);
  });

  it('hands out its own copy: moving a box in one layout never moves it in the next', () => {
    const first = layoutGraphSync(full);
    const id = full.nodes[0]?.id ?? '';
    const was = { ...first[id] };
    if (first[id]) first[id].x += 500;
    expect(layoutGraphSync(full)[id]).toEqual(was);
  });
});
