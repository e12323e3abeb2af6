/** Positions for every node: elkjs layered layout, left to right, one lane per kind. */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import { NODE_SIZES } from './sizes';
import type { NodeSize } from './sizes';
import type { Graph, GraphNode, NodeKind } from './types';
import { LANES } from './types';

export interface NodeBox {
  /** Top-left corner, as React Flow positions nodes. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Layout = Record<string, NodeBox>;

/** Room between lanes for an edge label such as "signs requests as" or "admitted by Statement 1". */
const LANE_GAP = 150;
/** Vertical room between nodes of one lane. */
const NODE_GAP = 28;

const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.partitioning.activate': 'true',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LANE_GAP),
  'elk.spacing.nodeNode': String(NODE_GAP),
  'elk.spacing.edgeNode': '24',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

let engine: InstanceType<typeof ELK> | undefined;

function elk(): InstanceType<typeof ELK> {
  engine ??= new ELK();
  return engine;
}

function sizeOf(node: GraphNode, sizes: Partial<Record<NodeKind, NodeSize>> | undefined): NodeSize {
  return sizes?.[node.kind] ?? NODE_SIZES[node.kind];
}

/**
 * A plain lane-by-lane grid, used when elkjs fails: lanes side by side, nodes stacked, so the
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

/**
 * Lays the graph out left to right with elkjs (layered, partitioned by LANES so each kind stays in
 * its lane column) and returns every node's top-left position and size. Runs in Node, the browser
 * and a Web Worker; never rejects (falls back to a grid).
 */
export async function layoutGraph(
  graph: Graph,
  sizes?: Partial<Record<NodeKind, NodeSize>>,
): Promise<Layout> {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const children: ElkNode[] = graph.nodes.map((node) => {
    const size = sizeOf(node, sizes);
    return {
      id: node.id,
      width: size.width,
      height: size.height,
      layoutOptions: { 'elk.partitioning.partition': String(LANES[node.kind]) },
    };
  });
  const edges: ElkExtendedEdge[] = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
    .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  try {
    const result = await elk().layout({ id: 'root', layoutOptions: ELK_OPTIONS, children, edges });
    const out: Layout = {};
    for (const child of result.children ?? []) {
      out[child.id] = {
        x: child.x ?? 0,
        y: child.y ?? 0,
        width: child.width ?? 0,
        height: child.height ?? 0,
      };
    }
    if (graph.nodes.every((n) => out[n.id] !== undefined)) return out;
    return gridLayout(graph, sizes);
  } catch {
    return gridLayout(graph, sizes);
  }
}
