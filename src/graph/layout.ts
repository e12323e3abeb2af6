/** Positions for every node: a layered layout (dagre) left to right, one lane column per kind. */
import dagre from '@dagrejs/dagre';
import { containerColumns, serviceContainers } from './containers';
import { NODE_SIZES, nodeSize } from './sizes';
import type { NodeSize } from './sizes';
import type { Graph, GraphNode, NodeKind } from './types';
import { CHAIN_KINDS, LANES } from './types';

export interface NodeBox {
  /** Top-left corner, as React Flow positions nodes. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** For an action card drawn inside its service's box: that service node's id. */
  container?: string;
}

export type Layout = Record<string, NodeBox>;

/** Room between lanes for an edge label such as "grants" or "on". */
const LANE_GAP = 50;
/** Vertical room between nodes of one lane. */
const NODE_GAP = 12;
const MARGIN = 24;

/** How the layout sizes nodes beyond the kind table. */
export interface LayoutOptions {
  /** Type scale (presenter mode's larger type): node sizes and gaps grow with it. */
  type?: number;
}

let typeScale = 1;

function sizeOf(node: GraphNode, sizes: Partial<Record<NodeKind, NodeSize>> | undefined): NodeSize {
  const fixed = sizes?.[node.kind];
  if (fixed) return fixed;
  return node.kind === 'action' ? scaled(NODE_SIZES.action) : nodeSize(node, typeScale);
}

function scaled(size: NodeSize): NodeSize {
  return { width: Math.round(size.width * typeScale), height: Math.round(size.height * typeScale) };
}

/**
 * A plain lane-by-lane grid, used when the layered layout fails: lanes side by side, nodes stacked, so the
 * page still shows every node without overlap.
 */
export function gridLayout(graph: Graph, sizes?: Partial<Record<NodeKind, NodeSize>>): Layout {
  const laneX: number[] = [];
  let x = 24;
  const maxLane = Math.max(...Object.values(LANES));
  for (let lane = 0; lane <= maxLane; lane++) {
    laneX[lane] = x;
    const widths = graph.nodes
      .filter((n) => LANES[n.kind] === lane)
      .map((n) => sizeOf(n, sizes).width);
    x += (widths.length > 0 ? Math.max(...widths) : 0) + LANE_GAP;
  }
  const laneY: number[] = [];
  const out: Layout = {};
  for (const node of graph.nodes) {
    const lane = LANES[node.kind];
    const size = sizeOf(node, sizes);
    const y = laneY[lane] ?? 24;
    out[node.id] = { x: laneX[lane] ?? 0, y, width: size.width, height: size.height };
    laneY[lane] = y + size.height + NODE_GAP;
  }
  return out;
}

/** Room between the rows of the chain, for an edge label. */
const CHAIN_GAP = 24;
/** Inside a service box: header height, padding and gap between action cards. */
const BOX_HEADER = 96;
/** Extra header room for a statement's comment shown on the box (two lines). */
const BOX_COMMENT = 38;
const BOX_PAD = 12;
const CELL_GAP = 10;

type SizeOf = (id: string) => NodeSize;

/**
 * The last few dagre runs, by everything dagre was given (which boxes, their sizes and order, the
 * edges between them, direction and spacing). A picture's dagre input rarely changes while typing:
 * action cards sit inside their service's box, so renaming one, or the level of detail's trial
 * layout of the same chain, gives dagre what it had a moment ago.
 */
const recentDagre = new Map<string, Layout>();
const RECENT_DAGRE = 8;
let dagreRuns = 0;

/** Forgets every remembered dagre run (the bench times dagre itself, not the memory). */
export function forgetDagreRuns(): void {
  recentDagre.clear();
}

/** How many times dagre has actually run in this module (the rest were answered from memory). */
export function dagreRunCount(): number {
  return dagreRuns;
}

function copyBoxes(boxes: Layout): Layout {
  const out: Layout = {};
  for (const [id, box] of Object.entries(boxes)) out[id] = { ...box };
  return out;
}

/** dagre for one part of the graph, returning top-left boxes (dagre reports centres). */
function dagreBoxes(
  ids: readonly string[],
  edges: readonly [string, string][],
  sizeOfId: SizeOf,
  rankdir: 'TB' | 'LR',
): Layout {
  const present = new Set(ids);
  const kept = edges.filter(([a, b]) => present.has(a) && present.has(b) && a !== b);
  const sizes = ids.map((id) => sizeOfId(id));
  const key = [
    `${rankdir} ${typeScale}`,
    ids.map((id, i) => `${id} ${sizes[i]?.width}x${sizes[i]?.height}`).join('\n'),
    kept.map(([a, b]) => `${a}>${b}`).join('\n'),
  ].join('\n--\n');
  const known = recentDagre.get(key);
  if (known) return copyBoxes(known);

  dagreRuns++;
  const g = new dagre.graphlib.Graph();
  g.setGraph(
    rankdir === 'TB'
      ? { rankdir, nodesep: 28 * typeScale, ranksep: CHAIN_GAP * typeScale }
      : { rankdir, nodesep: NODE_GAP, ranksep: LANE_GAP * typeScale },
  );
  g.setDefaultEdgeLabel(() => ({}));
  ids.forEach((id, i) => g.setNode(id, { ...sizes[i] }));
  for (const [a, b] of kept) g.setEdge(a, b);
  dagre.layout(g);
  const out: Layout = {};
  ids.forEach((id, i) => {
    const p = g.node(id) as { x?: number; y?: number } | undefined;
    const size = sizes[i] ?? { width: 0, height: 0 };
    out[id] = { x: (p?.x ?? 0) - size.width / 2, y: (p?.y ?? 0) - size.height / 2, ...size };
  });
  recentDagre.set(key, copyBoxes(out));
  if (recentDagre.size > RECENT_DAGRE)
    recentDagre.delete(recentDagre.keys().next().value as string);
  return out;
}

/**
 * Room before the resource lane when some box acts on a resource through only some of its cards:
 * that arrow names them ("only GetObject, PutObject and 1 more"), a longer label than a verb.
 */
const NAMING_GAP = 220;

/** Whether some service box links to a resource from only some of its cards (see NAMING_GAP). */
function namesCards(graph: Graph, containerOf: ReadonlyMap<string, string>): boolean {
  // A summary card's link that names its actions (levelOfDetail) needs the room too.
  if (graph.edges.some((e) => e.label?.code === 'acts-on-only')) return true;
  const cards = new Map<string, number>();
  const expanded = new Set(
    graph.nodes.filter((n) => n.kind === 'action' && n.expanded === true).map((n) => n.id),
  );
  for (const [id, box] of containerOf) {
    if (expanded.has(id)) continue;
    cards.set(box, (cards.get(box) ?? 0) + 1);
  }
  const links = new Map<string, number>();
  for (const e of graph.edges) {
    const box = containerOf.get(e.source);
    if (box === undefined || e.conditional === true || containerOf.has(e.target)) continue;
    const key = `${box}>${e.target}`;
    links.set(key, (links.get(key) ?? 0) + 1);
  }
  for (const [key, count] of links) {
    const box = key.slice(0, key.indexOf('>'));
    if (count < (cards.get(box) ?? 0)) return true;
  }
  return false;
}

/** Snaps LR boxes to one column per lane and sweeps each lane so nothing overlaps. */
function snapToLanes(graph: Graph, boxes: Layout, resourceGap = LANE_GAP): void {
  const laneGap = LANE_GAP * typeScale;
  const lanes = new Map<number, string[]>();
  const laneWidth = new Map<number, number>();
  for (const node of graph.nodes) {
    const box = boxes[node.id];
    if (!box) continue;
    const lane = LANES[node.kind];
    lanes.set(lane, [...(lanes.get(lane) ?? []), node.id]);
    laneWidth.set(lane, Math.max(laneWidth.get(lane) ?? 0, box.width));
  }
  let x = 0;
  for (const lane of [...lanes.keys()].sort((a, b) => a - b)) {
    if (lane === LANES.resource && x > 0) x += (resourceGap - LANE_GAP) * typeScale;
    const ids = lanes.get(lane) ?? [];
    ids.sort((a, b) => (boxes[a]?.y ?? 0) - (boxes[b]?.y ?? 0));
    let floor = -Infinity;
    for (const id of ids) {
      const box = boxes[id];
      if (!box) continue;
      box.x = x;
      box.y = Math.max(box.y, floor);
      floor = box.y + box.height + NODE_GAP;
    }
    x += (laneWidth.get(lane) ?? 0) + laneGap;
  }
}

/** The shape (width ÷ height) of the canvas the picture is made for: a laptop's, beside the editor. */
const TARGET_ASPECT = 1.2;
/** The most columns a long lane is wrapped into. */
const MAX_LANE_COLUMNS = 4;

/**
 * Wraps a long lane (a dozen services, one under another) into side-by-side columns, as many as
 * make the whole picture fit a TARGET_ASPECT frame at the largest scale, and moves the lanes after
 * it right to make room. `chain` is the size of the credentials column drawn left of `boxes`.
 */
function wrapLane(
  graph: Graph,
  boxes: Layout,
  lane: number,
  chain: { width: number; height: number },
): void {
  const ids = graph.nodes
    .filter((n) => LANES[n.kind] === lane && boxes[n.id] !== undefined)
    .map((n) => n.id)
    .sort((a, b) => (boxes[a]?.y ?? 0) - (boxes[b]?.y ?? 0));
  if (ids.length < 4) return;
  const gap = NODE_GAP * typeScale;
  const laneGap = LANE_GAP * typeScale;
  const own = ids.map((id) => boxes[id] as NodeBox);
  const laneX = Math.min(...own.map((b) => b.x));
  const laneTop = Math.min(...own.map((b) => b.y));
  const laneWidth = Math.max(...own.map((b) => b.width));
  const rest = graph.nodes
    .filter((n) => LANES[n.kind] !== lane && n.kind !== 'role' && boxes[n.id] !== undefined)
    .map((n) => boxes[n.id] as NodeBox);
  const all = [...own, ...rest];
  const width = Math.max(...all.map((b) => b.x + b.width)) - Math.min(...all.map((b) => b.x));
  /** The height of boxes stacked one under another. */
  const stack = (col: readonly NodeBox[]) => col.reduce((h, b) => h + b.height + gap, -gap);
  const total = stack(own);
  const restHeight =
    rest.length > 0
      ? Math.max(...rest.map((b) => b.y + b.height)) - Math.min(...rest.map((b) => b.y))
      : 0;

  /** Splits the lane into `k` columns of about equal height, in order. */
  const split = (k: number): NodeBox[][] => {
    const cols: NodeBox[][] = [[]];
    let h = 0;
    for (const b of own) {
      const col = cols[cols.length - 1] as NodeBox[];
      if (col.length > 0 && cols.length < k && h + b.height / 2 > (total / k) * cols.length) {
        cols.push([]);
      }
      (cols[cols.length - 1] as NodeBox[]).push(b);
      h += b.height + gap;
    }
    return cols;
  };

  let best = 1;
  let bestScale = 0;
  for (let k = 1; k <= Math.min(MAX_LANE_COLUMNS, ids.length); k++) {
    const cols = split(k);
    const w = chain.width + laneGap + width + (cols.length - 1) * (laneWidth + laneGap);
    const h = Math.max(chain.height, restHeight, ...cols.map(stack));
    const scale = Math.min(TARGET_ASPECT / w, 1 / h);
    if (scale > bestScale * 1.02) {
      best = k;
      bestScale = scale;
    }
  }
  if (best === 1) return;
  const cols = split(best);
  cols.forEach((col, j) => {
    let y = laneTop;
    for (const b of col) {
      b.x = laneX + j * (laneWidth + laneGap);
      b.y = y;
      y += b.height + gap;
    }
  });
  const shift = (cols.length - 1) * (laneWidth + laneGap);
  for (const n of graph.nodes) {
    const b = boxes[n.id];
    if (b && LANES[n.kind] > lane && n.kind !== 'action') b.x += shift;
  }
}

/**
 * Lays the graph out as a learner reads it: the credentials story (principal → trust policy → STS →
 * temporary credentials → role) top to bottom in the first column, then the role's permissions left
 * to right in lanes (policy → service → resource), each service drawn as a box holding its action
 * cards in a grid so even a policy with dozens of actions stays compact. dagre orders the nodes;
 * lanes and boxes are snapped so nothing overlaps. Async so callers can move it to a worker.
 */
export async function layoutGraph(
  graph: Graph,
  sizes?: Partial<Record<NodeKind, NodeSize>>,
  options: LayoutOptions = {},
): Promise<Layout> {
  return layoutGraphSync(graph, sizes, options);
}

/** The synchronous core of layoutGraph, for callers (benchmarks, tests) that want no promise. */
export function layoutGraphSync(
  graph: Graph,
  sizes?: Partial<Record<NodeKind, NodeSize>>,
  options: LayoutOptions = {},
): Layout {
  typeScale = options.type ?? 1;
  try {
    return layoutWith(graph, sizes);
  } finally {
    typeScale = 1;
  }
}

function layoutWith(graph: Graph, sizes?: Partial<Record<NodeKind, NodeSize>>): Layout {
  try {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const role = graph.nodes.find((n) => n.kind === 'role');
    if (!role) return gridLayout(graph, sizes);
    const containers = serviceContainers(graph);
    const containerOf = new Map<string, string>();
    for (const [service, actions] of containers)
      for (const a of actions) containerOf.set(a, service);

    const actionSize = sizes?.action ?? scaled(NODE_SIZES.action);
    const headerOf = (service: string) =>
      (BOX_HEADER + (byId.get(service)?.comment !== undefined ? BOX_COMMENT : 0)) * typeScale;
    const boxSize = new Map<string, NodeSize>();
    for (const [service, actions] of containers) {
      const cols = containerColumns(actions.length);
      const rows = Math.ceil(actions.length / cols);
      const base = sizes?.service ?? scaled(NODE_SIZES.service);
      boxSize.set(service, {
        width: Math.max(base.width, cols * actionSize.width + (cols - 1) * CELL_GAP + 2 * BOX_PAD),
        height: headerOf(service) + rows * actionSize.height + (rows - 1) * CELL_GAP + BOX_PAD,
      });
    }
    const sizeOfId: SizeOf = (id) => {
      const node = byId.get(id);
      return boxSize.get(id) ?? (node ? sizeOf(node, sizes) : { width: 0, height: 0 });
    };

    // Edges as the layout sees them: an action inside a box speaks through its box.
    const lift = (id: string) => containerOf.get(id) ?? id;
    const edges: [string, string][] = [];
    const seen = new Set<string>();
    for (const e of graph.edges) {
      const a = lift(e.source);
      const b = lift(e.target);
      if (a === b || seen.has(`${a}>${b}`)) continue;
      seen.add(`${a}>${b}`);
      edges.push([a, b]);
    }

    const chainIds = graph.nodes.filter((n) => CHAIN_KINDS.has(n.kind)).map((n) => n.id);
    const chain = dagreBoxes([...chainIds, role.id], edges, sizeOfId, 'TB');
    const permIds = graph.nodes
      .filter((n) => !CHAIN_KINDS.has(n.kind) && !containerOf.has(n.id))
      .map((n) => n.id);
    const perm = dagreBoxes(permIds, edges, sizeOfId, 'LR');
    snapToLanes(graph, perm, namesCards(graph, containerOf) ? NAMING_GAP : LANE_GAP);
    const chainBoxes = Object.values(chain);
    wrapLane(graph, perm, LANES.service, {
      width:
        Math.max(...chainBoxes.map((b) => b.x + b.width)) - Math.min(...chainBoxes.map((b) => b.x)),
      height:
        Math.max(...chainBoxes.map((b) => b.y + b.height)) -
        Math.min(...chainBoxes.map((b) => b.y)),
    });

    // Join the two parts at the role: the permissions grow to the right of the chain column.
    const chainRole = chain[role.id];
    const permRole = perm[role.id];
    if (!chainRole || !permRole) return gridLayout(graph, sizes);
    // The permissions hang off the role, but stay within the chain's height where they can (no
    // dead band below the chain column): the role's arrow to its policy may climb.
    const chainTop = Math.min(...Object.values(chain).map((b) => b.y));
    const chainBottom = Math.max(...Object.values(chain).map((b) => b.y + b.height));
    const permBoxes = permIds.filter((id) => id !== role.id).map((id) => perm[id]);
    const permTop = Math.min(Infinity, ...permBoxes.map((b) => b?.y ?? Infinity));
    const permBottom = Math.max(
      -Infinity,
      ...permBoxes.map((b) => (b ? b.y + b.height : -Infinity)),
    );
    let dy = chainRole.y - permRole.y;
    if (Number.isFinite(permTop) && permBottom - permTop <= chainBottom - chainTop) {
      dy = Math.min(dy, chainBottom - permBottom);
      dy = Math.max(dy, chainTop - permTop);
    } else if (Number.isFinite(permTop)) {
      // Taller than the chain: centre the chain on them, so neither sticks out past the other.
      dy = (chainTop + chainBottom) / 2 - (permTop + permBottom) / 2;
    }
    const chainRight = Math.max(...Object.values(chain).map((b) => b.x + b.width));
    const out: Layout = { ...chain };
    const firstPermX = Math.min(
      Infinity,
      ...permIds.filter((id) => id !== role.id).map((id) => perm[id]?.x ?? Infinity),
    );
    const dx = chainRight + LANE_GAP * typeScale - (Number.isFinite(firstPermX) ? firstPermX : 0);
    for (const id of permIds) {
      if (id === role.id) continue;
      const box = perm[id];
      if (!box) continue;
      out[id] = { ...box, x: box.x + dx, y: box.y + dy };
    }

    // Action cards in their service's box, row by row.
    for (const [service, actions] of containers) {
      const box = out[service];
      if (!box) continue;
      const cols = containerColumns(actions.length);
      actions.forEach((id, i) => {
        const col = i % cols;
        const row = Math.floor(i / cols);
        out[id] = {
          x: box.x + BOX_PAD + col * (actionSize.width + CELL_GAP),
          y: box.y + headerOf(service) + row * (actionSize.height + CELL_GAP),
          width: actionSize.width,
          height: actionSize.height,
          container: service,
        };
      });
    }

    const minX = Math.min(...Object.values(out).map((b) => b.x));
    const minY = Math.min(...Object.values(out).map((b) => b.y));
    for (const b of Object.values(out)) {
      b.x += MARGIN - minX;
      b.y += MARGIN - minY;
    }
    if (graph.nodes.every((n) => out[n.id] !== undefined)) return out;
    return gridLayout(graph, sizes);
  } catch {
    return gridLayout(graph, sizes);
  }
}
