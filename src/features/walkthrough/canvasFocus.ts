/**
 * How a walkthrough step shows on the canvas: which drawn nodes are highlighted and which dimmed,
 * which drawn edges are highlighted or crossed, and where the view goes. Pure, over React Flow's
 * node and edge shapes, so the canvas only hands its drawn picture in.
 */
import type { Edge, Node } from '@xyflow/react';
import type { HTMLAttributes } from 'react';
import type { Bounds, FitPadding, Graph } from '../../graph';
import { fitViewport } from '../../graph';

/** An edge by its ends: drawn edges are matched by their ends (the canvas redraws some from boxes). */
export interface EdgeEnds {
  source: string;
  target: string;
}

/** What the canvas needs of the current step. */
export interface WalkFocus {
  /** Changes with the step: the view moves to the step's nodes when it does. */
  key: string;
  nodes: ReadonlySet<string>;
  edges: readonly EdgeEnds[];
  crossing: readonly EdgeEnds[];
}

/** A step's node and edge ids, read against the graph they came from. */
export function focusOf(
  key: string,
  graph: Graph,
  step: { nodes: readonly string[]; edges: readonly string[]; crossing: readonly string[] },
): WalkFocus {
  const byId = new Map(graph.edges.map((e) => [e.id, e]));
  const ends = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const e = byId.get(id);
      return e ? [{ source: e.source, target: e.target }] : [];
    });
  return {
    key,
    nodes: new Set(step.nodes),
    edges: ends(step.edges),
    crossing: ends(step.crossing),
  };
}

/**
 * Where each model node is drawn: itself, the service box holding its card, or the summary card
 * standing for it (the level of detail folds a service's action cards into one).
 */
export interface DrawnAs {
  /** The drawn node that shows `id` highlighted: itself, else its summary card. */
  node: (id: string) => string | undefined;
  /** Every drawn node an edge from or to `id` may be drawn from (the canvas draws some from boxes). */
  ends: (id: string) => readonly string[];
}

/** Builds `DrawnAs` for the drawn graph (after the level of detail) and its boxes' containers. */
export function drawnAs(drawn: Graph, containerOf: (id: string) => string | undefined): DrawnAs {
  const present = new Set(drawn.nodes.map((n) => n.id));
  const summaryOf = new Map<string, string>();
  for (const n of drawn.nodes)
    if (n.kind === 'service' && n.summary)
      for (const m of n.summary.members) summaryOf.set(m, n.id);
  return {
    node: (id) => (present.has(id) ? id : summaryOf.get(id)),
    ends: (id) =>
      [id, containerOf(id), summaryOf.get(id)].filter((x): x is string => x !== undefined),
  };
}

const HIGHLIGHTED = { 'data-highlighted': 'true' } as HTMLAttributes<HTMLDivElement>;
const DIMMED = { 'data-dimmed': 'true' } as HTMLAttributes<HTMLDivElement>;

function matches(e: EdgeEnds, list: readonly EdgeEnds[], as: DrawnAs): boolean {
  return list.some(
    (w) => as.ends(w.source).includes(e.source) && as.ends(w.target).includes(e.target),
  );
}

/**
 * Marks the drawn picture for a step: its nodes `data-highlighted="true"`, the others
 * `data-dimmed="true"` (on React Flow's node element), its edges highlighted, the crossed ones
 * moving, the rest dimmed. Returns new arrays; nodes and edges it does not change are kept as given.
 */
export function decorate<N extends Node, E extends Edge>(
  nodes: readonly N[],
  edges: readonly E[],
  focus: WalkFocus,
  as: DrawnAs,
): { nodes: N[]; edges: E[]; lit: Set<string> } {
  const lit = new Set<string>();
  for (const id of focus.nodes) {
    const drawn = as.node(id);
    if (drawn !== undefined) lit.add(drawn);
  }
  const outNodes = nodes.map((n) => {
    const on = lit.has(n.id);
    return {
      ...n,
      className: [n.className, on ? 'rm-walk-on' : 'rm-walk-dim'].filter(Boolean).join(' '),
      domAttributes: { ...n.domAttributes, ...(on ? HIGHLIGHTED : DIMMED) },
    };
  });
  const outEdges = edges.map((e) => {
    const crossing = matches(e, focus.crossing, as);
    const on = crossing || matches(e, focus.edges, as);
    const mark = crossing
      ? 'rm-edge--walk rm-edge--crossing'
      : on
        ? 'rm-edge--walk'
        : 'rm-edge--dim';
    return {
      ...e,
      className: [e.className, mark].filter(Boolean).join(' '),
      // The step's edges are drawn above the dimmed ones.
      zIndex: on ? 2 : (e.zIndex ?? 0),
    };
  });
  return { nodes: outNodes, edges: outEdges, lit };
}

/** Never zoom in past this to show a step: one node alone would otherwise fill the canvas. */
export const FOCUS_MAX_ZOOM = 1;

/**
 * The viewport that shows `bounds` (a step's nodes) in the canvas less `padding`, zoomed in no
 * further than FOCUS_MAX_ZOOM and centred in that room.
 */
export function focusViewport(
  bounds: Bounds,
  canvas: { width: number; height: number },
  padding: FitPadding,
): { x: number; y: number; zoom: number } {
  const fit = fitViewport(bounds, canvas, padding);
  if (fit.zoom <= FOCUS_MAX_ZOOM) return fit;
  const zoom = FOCUS_MAX_ZOOM;
  const roomX = canvas.width - padding.left - padding.right;
  const roomY = canvas.height - padding.top - padding.bottom;
  return {
    x: padding.left + (roomX - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: padding.top + (roomY - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}
