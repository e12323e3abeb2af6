/** The size each node kind is drawn at; layout and the React Flow node components share this table. */
import type { NodeKind } from './types';

export interface NodeSize {
  width: number;
  height: number;
}

/**
 * Width and height in CSS pixels per kind. Action nodes hold a name, an access-level badge and a
 * two-line annotation; credentials list four example values; the rest hold a title and a detail line.
 */
export const NODE_SIZES: Readonly<Record<NodeKind, NodeSize>> = {
  principal: { width: 220, height: 96 },
  'instance-profile': { width: 220, height: 72 },
  'trust-policy': { width: 220, height: 104 },
  condition: { width: 210, height: 72 },
  sts: { width: 220, height: 84 },
  credentials: { width: 250, height: 132 },
  role: { width: 230, height: 84 },
  boundary: { width: 230, height: 72 },
  scp: { width: 230, height: 72 },
  'permission-policy': { width: 230, height: 72 },
  service: { width: 210, height: 84 },
  action: { width: 310, height: 70 },
  resource: { width: 210, height: 112 },
};
