/**
 * The picture's level of detail: a pure view transform over the graph model, so a big policy can be
 * drawn as one summary card per service (read at fit-to-view) while the model and the CLI's graph
 * JSON keep every action node.
 */
import type { AccessLevel } from '../core';
import { serviceContainers } from './containers';
import { shortList, text } from './text';
import type { Graph, GraphEdge, GraphNode, ServiceNode, ServiceSummary } from './types';

/** AWS's five access levels, in the order the summary card lists them. */
export const ACCESS_LEVEL_ORDER: readonly AccessLevel[] = [
  'List',
  'Read',
  'Write',
  'Permissions management',
  'Tagging',
];

export interface DetailOptions {
  /** Service node ids whose action cards are drawn; every other service is one summary card. */
  expanded: ReadonlySet<string>;
}

/** Whether an action card speaks for itself (an expanded wildcard speaks through the cards beneath it). */
function speaks(node: GraphNode | undefined): boolean {
  return node?.kind === 'action' && node.expanded !== true;
}

/** Counts a service's cards by access level, written denies and unknown actions. */
export function summarise(
  members: readonly string[],
  byId: ReadonlyMap<string, GraphNode>,
  layered = false,
): ServiceSummary {
  const levels: Partial<Record<AccessLevel, number>> = {};
  const deniedIds: string[] = [];
  let unknown = 0;
  let mayRevoke = layered;
  for (const id of members) {
    const n = byId.get(id);
    if (n?.kind !== 'action' || !speaks(n)) continue;
    if (n.accessLevel !== undefined) levels[n.accessLevel] = (levels[n.accessLevel] ?? 0) + 1;
    if (n.effect === 'Deny' && n.mixed !== true) deniedIds.push(n.id);
    if (n.known === false) unknown++;
    if (n.noTargets === true) mayRevoke = true;
  }
  return { members: [...members], levels, denied: deniedIds.length, deniedIds, unknown, mayRevoke };
}

/** The service ids that hold action cards: those the level of detail can collapse. */
export function collapsibleServices(graph: Graph): string[] {
  return [...serviceContainers(graph).keys()];
}

/**
 * Draws each service not in `expanded` as one summary card: its action nodes leave the picture and
 * their links to resources become the service's own (one per resource and effect; when only some of
 * its actions act on a resource, the link names them). Expanded services keep their action cards and
 * are marked so the box can offer to collapse. Nodes and edges are new objects; `graph` is untouched.
 */
export function levelOfDetail(graph: Graph, options: DetailOptions): Graph {
  const containers = serviceContainers(graph);
  if (containers.size === 0) return graph;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const layered = graph.nodes.some(
    (n) =>
      n.kind === 'boundary' || n.kind === 'scp' || n.kind === 'rcp' || n.kind === 'endpoint-policy',
  );
  const collapsedOf = new Map<string, string>();
  for (const [service, members] of containers) {
    if (options.expanded.has(service)) continue;
    for (const id of members) collapsedOf.set(id, service);
  }

  const nodes: GraphNode[] = [];
  for (const n of graph.nodes) {
    if (collapsedOf.has(n.id)) continue;
    const members = containers.get(n.id);
    if (n.kind === 'service' && members !== undefined) {
      const node: ServiceNode = options.expanded.has(n.id)
        ? { ...n, lod: 'actions' }
        : { ...n, lod: 'summary', summary: summarise(members, byId, layered) };
      nodes.push(node);
    } else nodes.push(n);
  }

  // The cards each collapsed service has, to tell "all of them act on it" from "only some".
  const speakers = new Map<string, number>();
  for (const [id, service] of collapsedOf) {
    const card = byId.get(id);
    if (card?.kind !== 'action' || !speaks(card)) continue;
    // Counted per effect: an Allow link names its cards only when some other Allow card lacks it.
    const key = `${service}|${card.effect}`;
    speakers.set(key, (speakers.get(key) ?? 0) + 1);
  }

  const edges: GraphEdge[] = [];
  const lifted = new Map<string, { edges: GraphEdge[]; names: Set<string> }>();
  const order: string[] = [];
  const seen = new Set<string>();
  for (const e of graph.edges) {
    const from = collapsedOf.get(e.source);
    const to = collapsedOf.get(e.target);
    if (from === undefined && to === undefined) {
      edges.push(e);
      continue;
    }
    // Inside one collapsed service (service → card, wildcard → its matches): nothing to draw.
    if (to !== undefined && (e.source === to || from === to)) continue;
    if (from === undefined && to !== undefined) {
      // Something outside pointing at a hidden card now points at its service.
      const key = `${e.source}>${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ ...e, id: `lod:${key}`, target: to });
      continue;
    }
    const source = from as string;
    const target = to ?? e.target;
    const key = `${source}>${target}>${e.effect ?? ''}`;
    let group = lifted.get(key);
    if (!group) {
      group = { edges: [], names: new Set() };
      lifted.set(key, group);
      order.push(key);
    }
    group.edges.push(e);
    const card = byId.get(e.source);
    if (card?.kind === 'action' && speaks(card))
      group.names.add(card.action.slice(card.action.indexOf(':') + 1));
  }
  for (const key of order) {
    const group = lifted.get(key);
    const first = group?.edges[0];
    if (!group || !first) continue;
    const source = collapsedOf.get(first.source) as string;
    const target = collapsedOf.get(first.target) ?? first.target;
    const names = [...group.names];
    const some =
      names.length > 0 &&
      names.length < (speakers.get(`${source}|${first.effect ?? 'Allow'}`) ?? 0);
    const conditional = group.edges.every((e) => e.conditional === true);
    // An unconditional link wins: the service acts on the resource whatever the conditions say.
    const base = group.edges.find((e) => e.conditional !== true) ?? first;
    const label =
      some && !conditional ? text('acts-on-only', { actions: shortList(names, 2) }) : base.label;
    const edge: GraphEdge = {
      id: `lod:${key}`,
      source,
      target,
      ...(label !== undefined ? { label } : {}),
      ...(base.effect !== undefined ? { effect: base.effect } : {}),
      ...(conditional ? { conditional: true as const } : {}),
    };
    edges.push(edge);
  }
  return { nodes, edges };
}
