import {
  Background,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type FitViewOptions,
  type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { GraphNode } from '../../graph';
import { useT } from '../../ui/useT';
import { useStore } from '../../store';
import { Legend } from './Legend';
import { NodePopover } from './NodePopover';
import { nodeTypes } from './nodeTypes';
import { toFlow, type DecisionOverlay } from './toFlow';
import type { FlowNode } from './nodeData';
import type { Rect } from './popoverPlacement';
import type { LaidOutGraph } from './useLayout';
import { ZoomControls } from './ZoomControls';
import { useChainKeys } from './useChainKeys';
import { useFlowAriaLabels } from './useFlowAriaLabels';
import { useRemeasure } from './useRemeasure';
import { ZoomVariable } from './useZoomVariable';
import './a11y.css';

interface Props {
  laid: LaidOutGraph;
  readOnly: boolean;
  overlay?: DecisionOverlay;
  /**
   * Inside someone else's page (`?embed=1`): the wheel scrolls that page unless Ctrl/⌘ is held, a
   * click on a node shows its details in a popover, the picture refits to the frame, and the
   * legend is left to the caption bar.
   */
  embed?: boolean;
  /** Shown over the canvas (the embed's wheel hint). */
  overlayContent?: ReactNode;
}

const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;
const FIT: FitViewOptions = { padding: 0.04 };
/** The embed keeps the zoom buttons' column (top right) free of nodes. */
const EMBED_FIT: FitViewOptions = {
  padding: { top: '10px', right: '52px', bottom: '10px', left: '10px' },
};

/** The pixels d3-zoom turns one wheel notch into (its default wheelDelta), for ⌘+wheel. */
function wheelZoomFactor(e: WheelEvent): number {
  const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode === 2 ? 1 : 0.002;
  return 2 ** (-e.deltaY * unit);
}

function Canvas({ laid, readOnly, overlay, embed = false, overlayContent }: Props) {
  const t = useT();
  const flow = useReactFlow();
  const theme = useStore((s) => s.theme);
  const cursorNodeId = useStore((s) => s.cursorNodeId);
  const selectedNodeId = useStore((s) => s.selectedNodeId);
  const expanded = useStore((s) => s.expanded);
  const selectNode = useStore((s) => s.selectNode);
  const toggleExpanded = useStore((s) => s.toggleExpanded);
  const lang = useStore((s) => s.lang);
  const frame = useRef<HTMLDivElement>(null);
  const [details, setDetails] = useState<{ id: string; anchor: Rect; bounds: Rect } | undefined>();
  const fit = embed ? EMBED_FIT : FIT;

  const { nodes, edges } = useMemo(
    () => toFlow(laid, { cursorNodeId, selectedNodeId, expanded }, lang, overlay),
    [laid, cursorNodeId, selectedNodeId, expanded, lang, overlay],
  );

  useRemeasure(nodes);

  // Fit to view when the set of nodes changes or its real layout arrives; not on label-only edits.
  // The simulator drawer takes width from the canvas: refit when it opens or closes.
  const simOpen = useStore((s) => s.simOpen);
  const shape =
    nodes.map((n) => n.id).join('|') + (laid.provisional ? '~' : '') + (simOpen ? '+sim' : '');
  const lastShape = useRef('');
  useEffect(() => {
    if (!shape || shape === lastShape.current) return;
    lastShape.current = shape;
    const id = requestAnimationFrame(() => void flow.fitView(fit));
    return () => cancelAnimationFrame(id);
  }, [shape, flow, fit]);

  // An embed's frame can change size (a responsive docs page): the picture refits to it.
  useEffect(() => {
    const el = frame.current;
    if (!embed || !el || typeof ResizeObserver !== 'function') return;
    let raf = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(() => void flow.fitView(fit));
      setDetails(undefined);
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(raf);
      observer.disconnect();
    };
  }, [embed, flow, fit]);

  // In an embed, ⌘+wheel zooms as Ctrl+wheel does (React Flow only knows Ctrl, a trackpad pinch).
  useEffect(() => {
    const el = frame.current;
    if (!embed || !el) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.metaKey || e.ctrlKey) return;
      e.preventDefault();
      e.stopPropagation();
      const box = el.getBoundingClientRect();
      const px = e.clientX - box.left;
      const py = e.clientY - box.top;
      const { x, y, zoom } = flow.getViewport();
      const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom * wheelZoomFactor(e)));
      const ratio = next / zoom;
      void flow.setViewport({ x: px - (px - x) * ratio, y: py - (py - y) * ratio, zoom: next });
    };
    el.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => el.removeEventListener('wheel', onWheel, { capture: true });
  }, [embed, flow]);

  const nodeElement = useCallback(
    (id: string) =>
      Array.from(frame.current?.querySelectorAll<HTMLElement>('.react-flow__node') ?? []).find(
        (el) => el.dataset.id === id,
      ),
    [],
  );

  const openDetails = (id: string) => {
    const el = nodeElement(id);
    const box = frame.current?.getBoundingClientRect();
    if (!el || !box) return;
    const r = el.getBoundingClientRect();
    setDetails((d) =>
      d?.id === id
        ? undefined
        : {
            id,
            anchor: {
              left: r.left - box.left,
              top: r.top - box.top,
              width: r.width,
              height: r.height,
            },
            bounds: { left: 0, top: 0, width: box.width, height: box.height },
          },
    );
  };

  const closeDetails = useCallback(() => {
    // Keyboard users land back on the node they opened it from.
    if (details && frame.current?.contains(document.activeElement))
      nodeElement(details.id)?.focus();
    setDetails(undefined);
  }, [details, nodeElement]);

  const activate = (node: GraphNode) => {
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
    // Without the editor beside it, a click shows what the editor would: the node's details.
    if (readOnly && !(node.kind === 'action' && node.expandable)) openDetails(node.id);
  };

  const onNodeClick: NodeMouseHandler<FlowNode> = (_e, flowNode) => activate(flowNode.data.node);

  // Enter on a focused node does what a click does (PRODUCT.md, "Hooks in the page").
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (chainKeys(e) || e.key !== 'Enter') return;
    const target = e.target as HTMLElement;
    if (!target.classList.contains('react-flow__node')) return;
    const node = nodes.find((n) => n.id === target.dataset.id)?.data.node;
    if (!node) return;
    e.preventDefault();
    activate(node);
  };

  const order = useMemo(() => nodes.map((n) => n.id), [nodes]);
  const focusNode = useCallback((id: string) => nodeElement(id)?.focus(), [nodeElement]);
  const chainKeys = useChainKeys(order, laid.graph.edges, focusNode);
  const ariaLabelConfig = useFlowAriaLabels();

  const shown = details ? nodes.find((n) => n.id === details.id) : undefined;

  return (
    <div className="rm-canvas" ref={frame} onKeyDown={onKeyDown}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        onPaneClick={() => {
          selectNode(undefined);
          setDetails(undefined);
        }}
        onMoveStart={(event) => {
          // A pan or zoom by the user leaves the popover behind its node: close it.
          if (event) setDetails(undefined);
        }}
        colorMode={theme}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        zoomOnScroll={!embed}
        preventScrolling={!embed}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable
        elevateNodesOnSelect={false}
        elevateEdgesOnSelect={false}
        proOptions={{ hideAttribution: true }}
        aria-label={t('graph.label')}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background gap={24} />
        <ZoomVariable target={frame} />
        <Panel position="top-right">
          <ZoomControls />
        </Panel>
        {embed ? null : (
          <Panel position="bottom-left">
            <Legend />
          </Panel>
        )}
      </ReactFlow>
      {overlayContent}
      {details && shown ? (
        <NodePopover
          key={details.id}
          node={shown.data.node}
          verdict={shown.data.verdict}
          anchor={details.anchor}
          bounds={details.bounds}
          onClose={closeDetails}
        />
      ) : null}
    </div>
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
