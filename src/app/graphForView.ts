import type { Graph, NodeKind } from '../graph';
import type { GraphView } from '../store';

/** The kinds each part of the picture shows (PRODUCT.md, `?view=`); the role belongs to both. */
const KINDS: Readonly<Record<Exclude<GraphView, 'all'>, ReadonlySet<NodeKind>>> = {
  chain: new Set<NodeKind>([
    'principal',
    'instance-profile',
    'trust-policy',
    'condition',
    'sts',
    'credentials',
    'role',
  ]),
  permissions: new Set<NodeKind>([
    'role',
    'boundary',
    'scp',
    'permission-policy',
    'service',
    'action',
    'resource',
  ]),
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
