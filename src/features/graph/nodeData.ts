import type { Node } from '@xyflow/react';
import type { RiskCategory } from '../../core';
import type { ActionVerdict, GraphNode } from '../../graph';

/** How a node sits on a simulated request's path: allowed, explicitly denied or implicitly denied. */
export type LitKind = 'allow' | 'deny' | 'implicit';

/** What every React Flow node carries: the graph node itself plus view state. */
export interface NodeData extends Record<string, unknown> {
  node: GraphNode;
  /** The editor cursor is on this node's text. */
  cursor: boolean;
  expanded: boolean;
  /** For Allow actions: AWS's decision once every layer applies. */
  verdict?: ActionVerdict;
  lit?: LitKind;
  /** For a service summary card: how many of its actions AWS would not allow once every layer applies. */
  revoked?: number;
  /** With the "Risks" toggle on: the risk categories this card (or a summary card's actions) takes part in. */
  risks?: readonly RiskCategory[];
  /** With the "Risks" toggle on, on the role: it has a privilege-escalation path. */
  escalation?: boolean;
}

export type FlowNode = Node<NodeData>;
