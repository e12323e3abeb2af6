import type { GraphNode, NodeKind } from '../../graph';

/** Kinds told before the permissions, in the order the story tells them. */
const CHAIN_RANK: Partial<Record<NodeKind, number>> = {
  principal: 0,
  'instance-profile': 1,
  'trust-policy': 2,
  condition: 2,
  sts: 3,
  credentials: 4,
  role: 5,
  boundary: 6,
  scp: 7,
};
/** Policies, their services and actions keep the builder's order (each policy, then its services, each then its actions). */
const PERMISSIONS_RANK = 8;
const RESOURCE_RANK = 9;

function rank(kind: NodeKind): number {
  if (kind === 'resource') return RESOURCE_RANK;
  return CHAIN_RANK[kind] ?? PERMISSIONS_RANK;
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
