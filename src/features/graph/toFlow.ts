import { MarkerType, type Edge } from '@xyflow/react';
import type { ActionVerdict } from '../../graph';
import type { Lang } from '../../i18n';
import { graphText } from '../../i18n/engine/graph';
import type { LaidOutGraph } from './useLayout';
import type { FlowNode, LitKind } from './nodeData';

/** What AWS would decide, laid over the graph: per-action verdicts and a simulated request's path. */
export interface DecisionOverlay {
  verdicts: Readonly<Record<string, ActionVerdict>>;
  lit?: { kind: LitKind; nodes: ReadonlySet<string> };
}

/**
 * Turns a laid-out graph into React Flow nodes and edges, edge verbs worded in `lang`; view state
 * (cursor, expanded) rides along in data.
 */
export function toFlow(
  laid: LaidOutGraph,
  view: { cursorNodeId?: string; selectedNodeId?: string; expanded: readonly string[] },
  lang: Lang,
  overlay: DecisionOverlay = { verdicts: {} },
): { nodes: FlowNode[]; edges: Edge[] } {
  const litNodes = overlay.lit?.nodes;
  const nodes: FlowNode[] = [];
  for (const node of laid.graph.nodes) {
    const box = laid.positions[node.id];
    if (!box) continue;
    nodes.push({
      id: node.id,
      type: node.kind,
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      selected: node.id === view.selectedNodeId,
      // Service boxes sit behind the action cards they hold.
      zIndex: node.kind === 'service' ? 0 : 1,
      draggable: false,
      connectable: false,
      data: {
        node,
        cursor: node.id === view.cursorNodeId,
        verdict: overlay.verdicts[node.id],
        lit: litNodes?.has(node.id) ? overlay.lit?.kind : undefined,
        expanded: view.expanded.includes(node.id),
      },
    });
  }
  const present = new Set(nodes.map((n) => n.id));
  const containerOf = (id: string) => laid.positions[id]?.container;
  // Inside a service box the cards need no arrows; a card's arrow to a resource is drawn once, from its box.
  const seen = new Set<string>();
  const drawn = laid.graph.edges.flatMap((e) => {
    if (!present.has(e.source) || !present.has(e.target)) return [];
    const target = containerOf(e.target);
    if (target && (e.source === target || containerOf(e.source) === target)) return [];
    // An arrow that carries a condition ("on, if …") stays on its own card so the condition stays visible.
    const guarded = e.conditional === true;
    const source = guarded ? e.source : (containerOf(e.source) ?? e.source);
    const key = `${source}>${e.target}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [source === e.source ? e : { ...e, id: `${source}>${e.target}`, source }];
  });
  const edges: Edge[] = drawn.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    label: e.label !== undefined ? graphText(lang, e.label) : undefined,
    type: 'default',
    className: e.effect === 'Deny' ? 'rm-edge rm-edge--deny' : 'rm-edge',
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
    labelBgPadding: [4, 2] as [number, number],
    labelBgBorderRadius: 3,
    focusable: false,
  }));
  return { nodes, edges };
}
