import { CHAIN_KINDS, LANES, type Graph, type NodeKind } from '../graph';
import type { GraphView } from '../store';

const KIND_LIST = Object.keys(LANES) as NodeKind[];

/**
 * The kinds each part of the picture shows (PRODUCT.md, `?view=`): the chain is the first column
 * (graph/types.ts CHAIN_KINDS) and the role; the permissions are everything else, role included.
 */
const KINDS: Readonly<Record<Exclude<GraphView, 'all'>, ReadonlySet<NodeKind>>> = {
  chain: new Set<NodeKind>([...CHAIN_KINDS, 'role']),
  permissions: new Set<NodeKind>(KIND_LIST.filter((k) => !CHAIN_KINDS.has(k))),
};

/** The part of the graph a view shows: its nodes, and the edges between them (laid out on their own). */
export function graphForView(graph: Graph, view: GraphView): Graph {
  if (view === 'all') return graph;
  const kinds = KINDS[view];
  const nodes = graph.nodes.filter((n) => kinds.has(n.kind));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  return { nodes, edges };
}
