import {
  Background,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  type NodeMouseHandler,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { markFirstPicture } from '../../ui/startupMoments';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {
  farMinZoom,
  fitClearOfCorner,
  layoutBounds,
  MAX_ZOOM,
  MIN_ZOOM,
  PRESENTER_TYPE,
  zoomToRead,
  type GraphNode,
} from '../../graph';
import { useT } from '../../ui/useT';
import { useStore } from '../../store';
import { GLOSSARY_FOR_NODE_KIND } from '../lessons/glossary';
import type { RiskReport } from '../../core';
import { Legend } from './Legend';
import { RisksToggle } from './RiskBadges';
import { NodePopover } from './NodePopover';
import { nodeTypes } from './nodeTypes';
import { edgeTypes } from './LabelledEdge';
import { toFlow, type DecisionOverlay } from './toFlow';
import type { FlowNode } from './nodeData';
import type { Rect } from './popoverPlacement';
import type { LaidOutGraph } from './useLayout';
import { ServiceToggleContext } from './serviceToggle';
import { APP_FIT_PADDING, EMBED_FIT_PADDING } from './useLevelOfDetail';
import { ZoomControls } from './ZoomControls';
import { useChainKeys } from './useChainKeys';
import { useFlowAriaLabels } from './useFlowAriaLabels';
import { ZoomVariable } from './useZoomVariable';
import { decorate, drawnAs, focusViewport, type WalkFocus } from '../walkthrough/canvasFocus';
import { WalkthroughButton } from '../walkthrough/WalkthroughButton';
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
  /**
   * Fit no smaller than the far view reads (default): a too-big picture opens at its start. Off on
   * a phone, where the whole picture is fitted and a pinch zooms into it.
   */
  readableFloor?: boolean;
  /** Shown over the canvas (the embed's wheel hint, the walkthrough's card). */
  overlayContent?: ReactNode;
  /** The walkthrough's current step: highlighted, dimmed and brought into view; its keys. */
  walkthrough?: CanvasWalkthrough;
  /** The risk lens's analysis while the "Risks" toggle is on. */
  risks?: RiskReport;
}

/** What the canvas takes from an open walkthrough. */
export interface CanvasWalkthrough {
  focus: WalkFocus;
  /** Room the walkthrough's panels take at the canvas's top and bottom, kept free for a step. */
  room: { top: number; bottom: number };
  /** The walkthrough's keys on the graph (ArrowRight/ArrowLeft, Escape): true when it used one. */
  onKey: (e: KeyboardEvent<HTMLElement>) => boolean;
}

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** A zoom gesture counts as "zooming in" past this ratio (a wheel notch is about 1.2). */
const ZOOM_IN_RATIO = 1.05;

/** Where a service sat on screen before its level of detail changed, to put it back there. */
interface Anchor {
  id: string;
  x: number;
  y: number;
}

/** How far the controls over the canvas's top-right corner reach, from its right edge and top. */
function topRightCorner(frame: HTMLElement | null): { width: number; height: number } | undefined {
  const panel = frame?.querySelector('.react-flow__panel.top.right');
  if (!frame || !panel) return undefined;
  const f = frame.getBoundingClientRect();
  const r = panel.getBoundingClientRect();
  return r.width > 0 ? { width: f.right - r.left, height: r.bottom - f.top } : undefined;
}

/** The pixels d3-zoom turns one wheel notch into (its default wheelDelta), for ⌘+wheel. */
function wheelZoomFactor(e: WheelEvent): number {
  const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode === 2 ? 1 : 0.002;
  return 2 ** (-e.deltaY * unit);
}

function Canvas({
  laid,
  readOnly,
  overlay,
  embed = false,
  readableFloor = true,
  overlayContent,
  walkthrough,
  risks,
}: Props) {
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
  // The embed keeps the zoom buttons' column (top right) free of nodes.
  const padding = embed ? EMBED_FIT_PADDING : APP_FIT_PADDING;
  const presenter = useStore((s) => s.presenter);
  const setCanvasSize = useStore((s) => s.setCanvasSize);
  const setServiceDetail = useStore((s) => s.setServiceDetail);
  const openGlossary = useStore((s) => s.openGlossary);
  const risksOn = useStore((s) => s.risks);
  const setRisks = useStore((s) => s.setRisks);

  const flowPicture = useMemo(
    () => toFlow(laid, { cursorNodeId, selectedNodeId, expanded }, lang, overlay, risks),
    [laid, cursorNodeId, selectedNodeId, expanded, lang, overlay, risks],
  );
  // An open walkthrough highlights its step's nodes and edges and dims the rest.
  const walkFocus = walkthrough?.focus;
  const walked = useMemo(() => {
    if (!walkFocus) return undefined;
    const as = drawnAs(laid.graph, (id) => laid.positions[id]?.container);
    return decorate(flowPicture.nodes, flowPicture.edges, walkFocus, as);
  }, [flowPicture, walkFocus, laid]);
  const { nodes, edges } = walked ?? flowPicture;

  // Fit is computed here, from the boxes the layout gave and the canvas's own measured size, never
  // from React Flow's measurements: its queued fitView waits for nodes to be measured and, racing
  // the provisional placement against the worker's layout or a drawer's resize, could fit a stale
  // picture or never run. Fit again whenever the layout's shape lands or the canvas changes size.
  const [size, setSize] = useState<{ width: number; height: number }>();
  const boxes = useMemo(
    () =>
      Object.fromEntries(
        nodes.map((n) => [
          n.id,
          { x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 },
        ]),
      ),
    [nodes],
  );
  // The picture opens (and refits after a layout or a resize) no smaller than its far view reads:
  // a picture too big for that shows its start, the story, and the rest is a drag away. The Fit
  // button shows it whole, whatever the size.
  const floor = readableFloor ? farMinZoom(presenter) : MIN_ZOOM;
  const latest = useRef({ boxes, size, padding, floor });
  useLayoutEffect(() => {
    latest.current = { boxes, size, padding, floor };
  }, [boxes, size, padding, floor]);
  const fitTo = useCallback(
    (least: number) => {
      const { boxes: b, size: s, padding: p } = latest.current;
      if (!s || layoutBounds(b).width <= 0) return;
      void flow.setViewport(fitClearOfCorner(b, s, p, topRightCorner(frame.current), least));
    },
    [flow],
  );
  const fitNow = useCallback(() => fitTo(floor), [fitTo, floor]);
  const fitWhole = useCallback(() => fitTo(MIN_ZOOM), [fitTo]);

  /** Takes the canvas's new size (none while it has no room, in a hidden tab) and returns it. */
  const resized = useCallback(
    (box: { width: number; height: number }) => {
      if (box.width <= 0 || box.height <= 0) return undefined;
      const next = { width: Math.round(box.width), height: Math.round(box.height) };
      setSize((old) => (old?.width === next.width && old.height === next.height ? old : next));
      setCanvasSize(next);
      setDetails(undefined);
      return next;
    },
    [setCanvasSize],
  );
  // The canvas is measured in the commit that first shows it, before anything is painted: React
  // Flow is mounted only then, in the same task, with the picture already fitted to that size and
  // the level of detail decided for it. The first frame painted is the finished picture, not an
  // empty pane, then cards at zoom 1, then the fit. A canvas with no size yet (a hidden tab) gets
  // its picture when the observer below sees it. `opening` is the view React Flow mounts with
  // (read once; later fits go through setViewport, fitNow below); undefined until measured.
  const [opening, setOpening] = useState<{ viewport?: Viewport }>();
  useLayoutEffect(() => {
    const box = frame.current?.getBoundingClientRect();
    const canvas = box ? resized(box) : undefined;
    const { boxes: b, padding: p, floor: least } = latest.current;
    // The zoom buttons are not drawn yet: the fit after the mount clears their corner if it must.
    const fits = canvas !== undefined && layoutBounds(b).width > 0;
    setOpening(fits ? { viewport: fitClearOfCorner(b, canvas, p, undefined, least) } : {});
  }, [resized]);
  useEffect(() => {
    const el = frame.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) resized(box);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [resized]);

  // A service the user expanded or collapsed stays where it was on screen instead of a refit.
  const anchor = useRef<Anchor | undefined>(undefined);
  const shape = laid.key;
  const provisional = laid.provisional;
  useEffect(() => {
    if (!size) return;
    const pinned = anchor.current;
    if (pinned) {
      if (provisional) return;
      anchor.current = undefined;
      const box = laid.positions[pinned.id];
      if (box) {
        const { zoom } = flow.getViewport();
        void flow.setViewport({ x: pinned.x - box.x * zoom, y: pinned.y - box.y * zoom, zoom });
        return;
      }
    }
    fitNow();
    // laid.positions is read only when its shape changes: a label edit keeps the view where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shape, provisional, size, fitNow, flow]);

  // A walkthrough step brings its nodes into view, above the card (after the fit above, so it wins).
  const walkKey = walkFocus?.key;
  const walkTop = walkthrough?.room.top ?? 0;
  const walkBottom = walkthrough?.room.bottom ?? 0;
  const lit = walked?.lit;
  useEffect(() => {
    if (!size || walkKey === undefined || !lit || lit.size === 0) return;
    const boxes = Object.fromEntries(
      [...lit].flatMap((id) => {
        const b = laid.positions[id];
        return b ? [[id, b]] : [];
      }),
    );
    const b = layoutBounds(boxes);
    if (b.width <= 0) return;
    const room = {
      ...padding,
      top: padding.top + Math.max(8, walkTop),
      bottom: padding.bottom + walkBottom,
    };
    void flow.setViewport(focusViewport(b, size, room), {
      duration: prefersReducedMotion() ? 0 : 450,
    });
    // Moves when the step (or the picture's shape) changes, not on every edit of a label.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [walkKey, shape, provisional, size, walkTop, walkBottom, flow]);

  /** Changes services' level of detail, pinning `pin` (a service) where it is on screen. */
  const changeDetail = useCallback(
    (ids: readonly string[], expand: boolean, pin?: string) => {
      const current = new Map<string, string>();
      for (const n of laid.graph.nodes)
        if (n.kind === 'service' && n.lod !== undefined) current.set(n.id, n.lod);
      const changes = ids.some((id) => (current.get(id) === 'actions') !== expand);
      const box = pin !== undefined ? laid.positions[pin] : undefined;
      if (changes && box && pin !== undefined) {
        const { x, y, zoom } = flow.getViewport();
        anchor.current = { id: pin, x: x + box.x * zoom, y: y + box.y * zoom };
      } else anchor.current = undefined;
      setServiceDetail(ids, expand);
    },
    [laid, flow, setServiceDetail],
  );
  const toggleService = useCallback(
    (id: string, expand: boolean) => changeDetail([id], expand, id),
    [changeDetail],
  );
  const setAllServices = useStore((s) => s.setAllServices);
  const allServices = useCallback(
    (expand: boolean) => {
      anchor.current = undefined;
      setAllServices(expand);
    },
    [setAllServices],
  );
  const services = useMemo(
    () => laid.graph.nodes.flatMap((n) => (n.kind === 'service' && n.lod ? [n.id] : [])),
    [laid.graph],
  );

  // "Actions appear as you zoom in": a zoom-in gesture that reaches the scale where action cards
  // read expands the summary card nearest the pointer (or the canvas's centre), pinned in place.
  const zoomStart = useRef(1);
  const pointer = useRef<{ x: number; y: number } | undefined>(undefined);
  const maybeExpand = (viewport: Viewport, from: number) => {
    if (!size) return;
    if (viewport.zoom < from * ZOOM_IN_RATIO) return;
    if (viewport.zoom < zoomToRead(presenter ? PRESENTER_TYPE : 1)) return;
    const at = pointer.current ?? { x: size.width / 2, y: size.height / 2 };
    let best: { id: string; d: number } | undefined;
    for (const n of laid.graph.nodes) {
      if (n.kind !== 'service' || n.lod !== 'summary') continue;
      const box = laid.positions[n.id];
      if (!box) continue;
      const cx = viewport.x + (box.x + box.width / 2) * viewport.zoom;
      const cy = viewport.y + (box.y + box.height / 2) * viewport.zoom;
      const d = Math.hypot(cx - at.x, cy - at.y);
      if (!best || d < best.d) best = { id: n.id, d };
    }
    if (best) changeDetail([best.id], true, best.id);
  };
  const onMoveEnd = (event: MouseEvent | TouchEvent | null, viewport: Viewport) => {
    if (event) maybeExpand(viewport, zoomStart.current);
  };
  const zoomIn = async () => {
    const from = flow.getZoom();
    await flow.zoomIn();
    maybeExpand(flow.getViewport(), from);
  };

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
    // A wildcard or a group of actions opens into its actions; a card of many services into them.
    const opens = (node.kind === 'action' || node.kind === 'service') && node.expandable === true;
    if (opens) toggleExpanded(node.id);
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
    if (readOnly && !opens) openDetails(node.id);
  };

  const onNodeClick: NodeMouseHandler<FlowNode> = (_e, flowNode) => activate(flowNode.data.node);

  // Enter on a focused node does what a click does (PRODUCT.md, "Hooks in the page").
  // `?` opens the glossary at the node's kind, as the `?` beside its caption does.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // With the walkthrough open, ArrowRight/ArrowLeft step it (Up/Down still move the focus).
    if (walkthrough?.onKey(e)) return;
    if (chainKeys(e) || (e.key !== 'Enter' && e.key !== '?')) return;
    const target = e.target as HTMLElement;
    if (!target.classList.contains('react-flow__node')) return;
    const node = nodes.find((n) => n.id === target.dataset.id)?.data.node;
    if (!node) return;
    e.preventDefault();
    const term = GLOSSARY_FOR_NODE_KIND[node.kind];
    if (e.key === 'Enter') activate(node);
    else if (term) openGlossary(term);
  };

  const order = useMemo(() => nodes.map((n) => n.id), [nodes]);
  const focusNode = useCallback((id: string) => nodeElement(id)?.focus(), [nodeElement]);
  const chainKeys = useChainKeys(order, laid.graph.edges, focusNode);
  const ariaLabelConfig = useFlowAriaLabels();

  const shown = details ? nodes.find((n) => n.id === details.id) : undefined;

  return (
    <ServiceToggleContext.Provider value={toggleService}>
      <div
        className={presenter ? 'rm-canvas is-presenter' : 'rm-canvas'}
        ref={frame}
        // The load bench waits for the real layout, not the quick placement shown before it.
        data-layout={laid.provisional ? 'provisional' : 'done'}
        onKeyDown={onKeyDown}
        onPointerMove={(e) => {
          const box = frame.current?.getBoundingClientRect();
          if (box) pointer.current = { x: e.clientX - box.left, y: e.clientY - box.top };
        }}
        onPointerLeave={() => {
          pointer.current = undefined;
        }}
      >
        {opening ? (
          <ReactFlow
            {...(opening.viewport ? { defaultViewport: opening.viewport } : {})}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodeClick={onNodeClick}
            onPaneClick={() => {
              selectNode(undefined);
              setDetails(undefined);
            }}
            onMoveStart={(event, viewport) => {
              // A pan or zoom by the user leaves the popover behind its node: close it.
              if (event) setDetails(undefined);
              zoomStart.current = viewport.zoom;
            }}
            onMoveEnd={onMoveEnd}
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
            <FirstPictureSignal laidOut={!laid.provisional} />
            <ZoomVariable target={frame} />
            <Panel position="top-right">
              <ZoomControls
                onFit={fitWhole}
                onZoomIn={() => void zoomIn()}
                {...(services.length > 0 ? { onAllServices: allServices } : {})}
              />
            </Panel>
            {embed ? null : (
              <Panel position="bottom-right" className="rm-graph-panel">
                <WalkthroughButton />
                <RisksToggle on={risksOn} onChange={setRisks} />
                <Legend />
              </Panel>
            )}
          </ReactFlow>
        ) : null}
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
    </ServiceToggleContext.Provider>
  );
}

/** The live role graph: React Flow over the laid-out model, with zoom controls and a legend. */

/**
 * Tells the page when the first laid-out picture has been painted (its nodes measured, so React
 * Flow shows them): the editor's chunk is fetched and run from then on, never before the picture
 * it would delay.
 */
function FirstPictureSignal({ laidOut }: { laidOut: boolean }) {
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (!initialized || !laidOut) return;
    // The frame after this one: the picture has been painted by then.
    const frame = requestAnimationFrame(() => setTimeout(markFirstPicture, 0));
    return () => cancelAnimationFrame(frame);
  }, [initialized, laidOut]);
  return null;
}

export function GraphCanvas(props: Props) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
