import type { Node } from '@xyflow/react';
import type { GraphNode } from '../../graph';

/** What every React Flow node carries: the graph node itself plus view state. */
export interface NodeData extends Record<string, unknown> {
  node: GraphNode;
  /** The editor cursor is on this node's text. */
  cursor: boolean;
  expanded: boolean;
}

export type FlowNode = Node<NodeData>;
