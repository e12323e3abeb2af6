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
  principal: { width: 220, height: 72 },
  'instance-profile': { width: 220, height: 72 },
  'trust-policy': { width: 220, height: 72 },
  condition: { width: 220, height: 72 },
  sts: { width: 220, height: 72 },
  credentials: { width: 240, height: 128 },
  role: { width: 220, height: 72 },
  boundary: { width: 220, height: 72 },
  scp: { width: 220, height: 72 },
  'permission-policy': { width: 220, height: 72 },
  service: { width: 220, height: 72 },
  action: { width: 300, height: 88 },
  resource: { width: 220, height: 72 },
};
