import { MarkerType, Position, type Edge, type NodeHandle } from '@xyflow/react';
import {
  shortList,
  text,
  type ActionVerdict,
  type GraphEdge,
  type ServiceSummary,
} from '../../graph';
import { RISK_CATEGORIES, type RiskCategory, type RiskReport } from '../../core';
import { translate, type Lang } from '../../i18n';
import { graphText } from '../../i18n/engine/graph';
import { CHAIN_KINDS, type NodeKind } from '../../graph/types';
import type { LaidOutGraph } from './useLayout';
import type { FlowNode, LitKind } from './nodeData';
import { edgeAccessibleName, nodeAccessibleName } from './accessibleNames';
import { storyOrder } from './storyOrder';

/** What AWS would decide, laid over the graph: per-action verdicts and a simulated request's path. */
export interface DecisionOverlay {
  verdicts: Readonly<Record<string, ActionVerdict>>;
  lit?: { kind: LitKind; nodes: ReadonlySet<string> };
}

/**
 * Where a node's edges attach, as NodeShell draws its handles: top and bottom along the chain, left
 * and right in the permissions. Given to React Flow so edges never wait on measuring the DOM: a
 * controlled node passed again without them loses its measured handles, and when the re-measure
 * raced a layout the picture was left with no edges at all.
 */
function handlesOf(kind: NodeKind, width: number, height: number): NodeHandle[] {
  const chain = CHAIN_KINDS.has(kind);
  const targetTop = chain || kind === 'role';
  return [
    targetTop
      ? { type: 'target', position: Position.Top, x: width / 2 - 0.5, y: 0, width: 1, height: 1 }
      : { type: 'target', position: Position.Left, x: 0, y: height / 2 - 0.5, width: 1, height: 1 },
    chain
      ? {
          type: 'source',
          position: Position.Bottom,
          x: width / 2 - 0.5,
          y: height - 1,
          width: 1,
          height: 1,
        }
      : {
          type: 'source',
          position: Position.Right,
          x: width - 1,
          y: height / 2 - 0.5,
          width: 1,
          height: 1,
        },
  ];
}

/** How many of a summary card's actions are allowed as written but not once every layer applies. */
function revokedCount(
  summary: ServiceSummary,
  verdicts: Readonly<Record<string, ActionVerdict>>,
): number {
  const denied = new Set(summary.deniedIds);
  let n = 0;
  for (const id of summary.members) {
    const v = verdicts[id];
    if (!v || denied.has(id) || v.unknown === true || v.conditional === true) continue;
    if (v.decision !== 'Allow') n++;
  }
  return n;
}

/** What the risk lens puts on one node: its categories (a summary card: its actions'), and its words. */
function riskOf(
  node: LaidOutGraph['graph']['nodes'][number],
  risks: RiskReport,
  lang: Lang,
): { data: { risks?: readonly RiskCategory[]; escalation?: boolean }; name?: string } {
  const names = (cats: readonly RiskCategory[]) =>
    cats.map((c) => translate(lang, `risk.category.${c}`)).join(', ');
  if (node.kind === 'role')
    return risks.escalation
      ? { data: { escalation: true }, name: translate(lang, 'risk.role.escalationName') }
      : { data: {} };
  const members = node.kind === 'service' ? node.summary?.members : undefined;
  if (members !== undefined) {
    const hit = members.filter((m) => (risks.byNode.get(m)?.length ?? 0) > 0);
    if (hit.length === 0) return { data: {} };
    const union = new Set(hit.flatMap((m) => risks.byNode.get(m) ?? []));
    const cats = RISK_CATEGORIES.filter((c) => union.has(c));
    return {
      data: { risks: cats },
      name: translate(lang, 'risk.service.countName', { n: hit.length, risks: names(cats) }),
    };
  }
  const cats = risks.byNode.get(node.id);
  if (cats === undefined || cats.length === 0) return { data: {} };
  return { data: { risks: cats }, name: names(cats) };
}

/**
 * Turns a laid-out graph into React Flow nodes and edges, edge verbs worded in `lang`; view state
 * (cursor, expanded) rides along in data. With the risk lens on (`risks`), cards carry their risk
 * categories and the role its escalation path, in data and in their accessible names.
 */
export function toFlow(
  laid: LaidOutGraph,
  view: { cursorNodeId?: string; selectedNodeId?: string; expanded: readonly string[] },
  lang: Lang,
  overlay: DecisionOverlay = { verdicts: {} },
  risks?: RiskReport,
): { nodes: FlowNode[]; edges: Edge[] } {
  const litNodes = overlay.lit?.nodes;
  const nodes: FlowNode[] = [];
  // Focus (Tab) order follows the story: React Flow renders nodes in this array's order.
  for (const node of storyOrder(laid.graph.nodes)) {
    const box = laid.positions[node.id];
    if (!box) continue;
    // A summary card stands for its hidden actions: lit when one is, and counting the revoked ones.
    const summary = node.kind === 'service' ? node.summary : undefined;
    const members = summary?.members;
    const lit = litNodes?.has(node.id)
      ? overlay.lit?.kind
      : members?.some((m) => litNodes?.has(m))
        ? overlay.lit?.kind
        : undefined;
    const risk = risks !== undefined ? riskOf(node, risks, lang) : undefined;
    const name = nodeAccessibleName(
      lang,
      node,
      overlay.verdicts[node.id],
      view.expanded.includes(node.id),
    );
    nodes.push({
      id: node.id,
      type: node.kind,
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      measured: { width: box.width, height: box.height },
      handles: handlesOf(node.kind, box.width, box.height),
      selected: node.id === view.selectedNodeId,
      // Service boxes sit behind the action cards they hold.
      zIndex: node.kind === 'service' ? 0 : 1,
      draggable: false,
      connectable: false,
      ariaLabel:
        risk?.name !== undefined
          ? translate(lang, 'risk.node.name', { name, risks: risk.name })
          : name,
      data: {
        node,
        cursor: node.id === view.cursorNodeId,
        verdict: overlay.verdicts[node.id],
        lit,
        expanded: view.expanded.includes(node.id),
        ...(summary ? { revoked: revokedCount(summary, overlay.verdicts) } : {}),
        ...risk?.data,
      },
    });
  }
  const present = new Set(nodes.map((n) => n.id));
  const containerOf = (id: string) => laid.positions[id]?.container;
  const cardsIn = new Map<string, number>();
  for (const n of laid.graph.nodes) {
    const box = containerOf(n.id);
    // An expanded wildcard or group speaks through the cards beneath it.
    const speaks = !(n.kind === 'action' && n.expanded === true);
    if (box !== undefined && speaks) cardsIn.set(box, (cardsIn.get(box) ?? 0) + 1);
  }
  // The cards of a box that link to each target: a link every card has is the box's own.
  const byId = new Map(laid.graph.nodes.map((n) => [n.id, n]));
  const linkers = new Map<string, string[]>();
  for (const e of laid.graph.edges) {
    const box = containerOf(e.source);
    const card = byId.get(e.source);
    if (box === undefined || e.conditional === true || card?.kind !== 'action') continue;
    const key = `${box}>${e.target}`;
    const colon = card.action.indexOf(':');
    linkers.set(key, [...(linkers.get(key) ?? []), card.action.slice(colon + 1)]);
  }
  // Inside a service box the cards need no arrows; a card's arrow to a resource is drawn once, from
  // its box. When only some cards act on that resource, the arrow names them ("only ListBucket").
  const seen = new Set<string>();
  const drawn = laid.graph.edges.flatMap((e): GraphEdge[] => {
    if (!present.has(e.source) || !present.has(e.target)) return [];
    const target = containerOf(e.target);
    if (target && (e.source === target || containerOf(e.source) === target)) return [];
    // An arrow that carries a condition ("on, if …") stays on its own card so the condition stays visible.
    const guarded = e.conditional === true;
    const box = containerOf(e.source);
    const source = guarded || box === undefined ? e.source : box;
    const key = `${source}>${e.target}`;
    if (seen.has(key)) return [];
    seen.add(key);
    if (source === e.source) return [e];
    const names = linkers.get(key) ?? [];
    const some = names.length < (cardsIn.get(source) ?? 0);
    const label = some ? text('acts-on-only', { actions: shortList(names, 2) }) : e.label;
    return [{ ...e, id: key, source, ...(label !== undefined ? { label } : {}) }];
  });
  const edges: Edge[] = drawn.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    label: e.label !== undefined ? graphText(lang, e.label) : undefined,
    type: 'labelled',
    className: e.effect === 'Deny' ? 'rm-edge rm-edge--deny' : 'rm-edge',
    // Sized in the picture's units, not the stroke's: presenter mode's thick lines keep small heads.
    markerEnd: {
      type: MarkerType.ArrowClosed,
      width: 16,
      height: 16,
      markerUnits: 'userSpaceOnUse',
    },
    focusable: false,
    ariaLabel: edgeAccessibleName(lang, e, byId),
  }));
  return { nodes, edges };
}
