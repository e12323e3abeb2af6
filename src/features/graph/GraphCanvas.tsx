import {
  Background,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../ui/useT';
import { useStore } from '../../store';
import { Legend } from './Legend';
import { nodeTypes } from './nodeTypes';
import { toFlow, type DecisionOverlay } from './toFlow';
import type { FlowNode } from './nodeData';
import type { LaidOutGraph } from './useLayout';
import { ZoomControls } from './ZoomControls';

interface Props {
  laid: LaidOutGraph;
  readOnly: boolean;
  overlay?: DecisionOverlay;
}

function Canvas({ laid, readOnly, overlay }: Props) {
  const t = useT();
  const flow = useReactFlow();
  const theme = useStore((s) => s.theme);
  const cursorNodeId = useStore((s) => s.cursorNodeId);
  const selectedNodeId = useStore((s) => s.selectedNodeId);
  const expanded = useStore((s) => s.expanded);
  const selectNode = useStore((s) => s.selectNode);
  const toggleExpanded = useStore((s) => s.toggleExpanded);
  const lang = useStore((s) => s.lang);

  const { nodes, edges } = useMemo(
    () => toFlow(laid, { cursorNodeId, selectedNodeId, expanded }, lang, overlay),
    [laid, cursorNodeId, selectedNodeId, expanded, lang, overlay],
  );

  // Fit to view when the set of nodes changes or its real layout arrives; not on label-only edits.
  // The simulator drawer takes width from the canvas: refit when it opens or closes.
  const simOpen = useStore((s) => s.simOpen);
  const shape =
    nodes.map((n) => n.id).join('|') + (laid.provisional ? '~' : '') + (simOpen ? '+sim' : '');
  const lastShape = useRef('');
  useEffect(() => {
    if (!shape || shape === lastShape.current) return;
    lastShape.current = shape;
    const id = requestAnimationFrame(() => void flow.fitView({ padding: 0.04 }));
    return () => cancelAnimationFrame(id);
  }, [shape, flow]);

  const onNodeClick: NodeMouseHandler<FlowNode> = (_e, flowNode) => {
    const node = flowNode.data.node;
    if (node.kind === 'action' && node.expandable) toggleExpanded(node.id);
    // With the simulator open, clicking an action asks about it for the role's session.
    const { simOpen, setSim } = useStore.getState();
    if (simOpen && node.kind === 'action' && !node.expandable && !node.notAction)
      setSim({ principal: 'session', action: node.action });
    const src = node.source;
    selectNode(
      node.id,
      !readOnly && src ? { doc: src.doc, start: src.start, end: src.end } : undefined,
    );
  };

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodeClick={onNodeClick}
      onPaneClick={() => selectNode(undefined)}
      colorMode={theme}
      minZoom={0.05}
      maxZoom={2}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable
      elevateNodesOnSelect={false}
      elevateEdgesOnSelect={false}
      proOptions={{ hideAttribution: true }}
      aria-label={t('graph.label')}
    >
      <Background gap={24} />
      <Panel position="top-right">
        <ZoomControls />
      </Panel>
      <Panel position="bottom-left">
        <Legend />
      </Panel>
    </ReactFlow>
  );
}

/** The live role graph: React Flow over the laid-out model, with zoom controls and a legend. */
export function GraphCanvas(props: Props) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
