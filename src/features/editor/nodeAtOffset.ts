import type { Graph, GraphNode } from '../../graph';

/** The smallest graph node whose source text contains the offset in a document (the action under the cursor). */
export function nodeAtOffset(graph: Graph, doc: string, offset: number): GraphNode | undefined {
  let best: GraphNode | undefined;
  let bestSize = Infinity;
  for (const node of graph.nodes) {
    const src = node.source;
    if (!src || src.doc !== doc || offset < src.start || offset > src.end) continue;
    const size = src.end - src.start;
    // Prefer actions: they are what a learner points at; then the tightest range.
    const rank = node.kind === 'action' ? size : size + 1e9;
    if (rank < bestSize) {
      best = node;
      bestSize = rank;
    }
  }
  return best;
}
