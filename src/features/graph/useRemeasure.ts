import { useEffect } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { FlowNode } from './nodeData';

/**
 * Measures again, a frame after the nodes change, any node React Flow has left without handle
 * bounds. Our nodes are derived (no `measured` fed back), so each new node object drops its
 * bounds until a ResizeObserver callback re-reads them; now and then none comes, and then no edge
 * is drawn at all (about one load in five on the seed).
 */
export function useRemeasure(nodes: readonly FlowNode[]): void {
  const store = useStoreApi<FlowNode>();
  useEffect(() => {
    const raf = requestAnimationFrame(() => {
      const { nodeLookup, domNode, updateNodeInternals } = store.getState();
      const updates = new Map<string, { id: string; nodeElement: HTMLDivElement; force: true }>();
      for (const [id, node] of nodeLookup) {
        if (node.internals.handleBounds || node.hidden) continue;
        const el = domNode?.querySelector<HTMLDivElement>(
          `.react-flow__node[data-id="${CSS.escape(id)}"]`,
        );
        if (el) updates.set(id, { id, nodeElement: el, force: true });
      }
      if (updates.size > 0) updateNodeInternals(updates, { triggerFitView: false });
    });
    return () => cancelAnimationFrame(raf);
  }, [nodes, store]);
}
