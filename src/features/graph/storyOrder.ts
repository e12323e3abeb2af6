import { LANES, type GraphNode, type NodeKind } from '../../graph';

/**
 * A kind's step in the story: its lane (graph/types.ts LANES), except that policies, their
 * services and their actions share one step, so they keep the builder's order (each policy, then
 * its services, each then its actions).
 */
function rank(kind: NodeKind): number {
  const lane = LANES[kind];
  return kind === 'resource' ? lane : Math.min(lane, LANES['permission-policy']);
}

/**
 * The nodes in the order the story tells them (principal → instance profile → trust policy → STS
 * → credentials → role → permission policy → service → its actions → resources), stable within a
 * step, so Tab order and arrow keys follow the picture.
 */
export function storyOrder<N extends Pick<GraphNode, 'kind'>>(nodes: readonly N[]): N[] {
  return nodes
    .map((node, index) => ({ node, index, rank: rank(node.kind) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((e) => e.node);
}
