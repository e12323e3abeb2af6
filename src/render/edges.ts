/**
 * The arrows a static picture draws: as on screen, cards inside a service box need no arrows, and a
 * card's arrow to a resource is drawn once from its box (naming the cards when only some act on it).
 */
import { CHAIN_KINDS, shortList, text, type Graph, type GraphEdge, type Layout } from '../graph';

/** An arrow with its end points and the point its label sits on. */
export interface DrawnEdge {
  edge: GraphEdge;
  path: string;
  mid: { x: number; y: number };
}

function shortName(action: string): string {
  return action.slice(action.indexOf(':') + 1);
}

/** The edges of `graph` as drawn between `layout`'s boxes (lifted to boxes, deduplicated). */
export function drawnEdges(graph: Graph, layout: Layout): GraphEdge[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const boxOf = (id: string) => layout[id]?.container;
  const cards = new Map<string, number>();
  for (const n of graph.nodes) {
    const box = boxOf(n.id);
    if (box !== undefined && !(n.kind === 'action' && n.expanded === true))
      cards.set(box, (cards.get(box) ?? 0) + 1);
  }
  const namesOf = new Map<string, string[]>();
  for (const e of graph.edges) {
    const box = boxOf(e.source);
    const card = byId.get(e.source);
    if (box === undefined || e.conditional === true || card?.kind !== 'action') continue;
    const key = `${box}>${e.target}`;
    namesOf.set(key, [...(namesOf.get(key) ?? []), shortName(card.action)]);
  }
  const out: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const e of graph.edges) {
    if (!layout[e.source] || !layout[e.target]) continue;
    const into = boxOf(e.target);
    if (into !== undefined && (e.source === into || boxOf(e.source) === into)) continue;
    const box = boxOf(e.source);
    const source = e.conditional === true || box === undefined ? e.source : box;
    const key = `${source}>${e.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (source === e.source) {
      out.push(e);
      continue;
    }
    const names = namesOf.get(key) ?? [];
    const label =
      names.length < (cards.get(source) ?? 0)
        ? text('acts-on-only', { actions: shortList(names, 2) })
        : e.label;
    out.push({ ...e, id: key, source, ...(label !== undefined ? { label } : {}) });
  }
  return out;
}

/**
 * The curve of one arrow, between the handles the app uses: top and bottom along the chain (the
 * role is entered from the top), left and right in the permissions.
 */
export function edgeGeometry(graph: Graph, layout: Layout, edge: GraphEdge): DrawnEdge | undefined {
  const a = layout[edge.source];
  const b = layout[edge.target];
  if (!a || !b) return undefined;
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const sk = kindOf.get(edge.source);
  const tk = kindOf.get(edge.target);
  const down = sk !== undefined && CHAIN_KINDS.has(sk);
  const fromTop = tk !== undefined && (CHAIN_KINDS.has(tk) || tk === 'role');
  const s = down
    ? { x: a.x + a.width / 2, y: a.y + a.height }
    : { x: a.x + a.width, y: a.y + a.height / 2 };
  const t = fromTop ? { x: b.x + b.width / 2, y: b.y } : { x: b.x, y: b.y + b.height / 2 };
  const reach = Math.max(30, (down ? Math.abs(t.y - s.y) : Math.abs(t.x - s.x)) / 2);
  const c1 = down ? { x: s.x, y: s.y + reach } : { x: s.x + reach, y: s.y };
  const c2 = fromTop ? { x: t.x, y: t.y - reach } : { x: t.x - reach, y: t.y };
  const f = (v: number) => Math.round(v * 10) / 10;
  return {
    edge,
    path: `M${f(s.x)},${f(s.y)} C${f(c1.x)},${f(c1.y)} ${f(c2.x)},${f(c2.y)} ${f(t.x)},${f(t.y)}`,
    mid: {
      x: (s.x + 3 * c1.x + 3 * c2.x + t.x) / 8,
      y: (s.y + 3 * c1.y + 3 * c2.y + t.y) / 8,
    },
  };
}
