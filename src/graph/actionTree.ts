/** Hangs action nodes under a service node: grouping of long lists, wildcard expansion, paging. */
import type { ActionItem } from './actionItems';
import { actionNodeId } from './actionItems';
import { actionNode } from './actionNode';
import { actionFacts, reaches, reachOf, reachSettled } from './actionReach';
import type { Reach } from './actionReach';
import type { CatalogView } from './catalogView';
import type { GraphAccumulator } from './GraphAccumulator';
import type { ResourceUse } from './ResourceUse';
import { shortList, text } from './text';
import type { GraphText } from './text';
import type { ActionNode, ResourceNode } from './types';

/** More actions than this under one service (per effect) collapse into one group node. */
export const MAX_ACTIONS_PER_SERVICE = 30;
/** An expanded wildcard or group shows this many actions per page, then a "+N more" node. */
export const PAGE_SIZE = 30;

export interface ActionContext {
  acc: GraphAccumulator;
  catalog?: CatalogView;
  expanded: ReadonlySet<string>;
  /** Which resources each statement's actions act on, for flagging the ones that grant nothing. */
  uses: ResourceUse;
}

/** Each item's reach, worked out once per build (a group and its members ask again). */
const reachCache = new WeakMap<ActionItem, Reach>();

/**
 * Reaches by kind and action as written, kept from one build to the next for a catalog that has a
 * version: an edit elsewhere in a policy of 4,000 actions does not work out the other 3,999 again.
 * A reach depends only on the action and the catalog, whose data only grows: when its version
 * moves (more services loaded), the settled reaches stay and only the others are worked out again,
 * so the last of ReadOnlyAccess's hundreds of services landing does not redo every action.
 */
const MAX_KEPT_REACHES = 50_000;
interface KeptReach {
  reach: Reach;
  settled: boolean;
}
const keptReaches = new WeakMap<
  CatalogView,
  { version: number; reaches: Map<string, KeptReach> }
>();

function keptFor(catalog: CatalogView | undefined): Map<string, KeptReach> | undefined {
  const version = catalog?.version;
  if (catalog === undefined || version === undefined) return undefined;
  let kept = keptReaches.get(catalog);
  if (kept === undefined || kept.reaches.size > MAX_KEPT_REACHES) {
    kept = { version, reaches: new Map() };
    keptReaches.set(catalog, kept);
  } else if (kept.version !== version) {
    for (const [key, entry] of kept.reaches) if (!entry.settled) kept.reaches.delete(key);
    kept.version = version;
  }
  return kept.reaches;
}

function reachOfItem(ctx: ActionContext, item: ActionItem): Reach {
  let reach = reachCache.get(item);
  if (reach !== undefined) return reach;
  const kept = item.kind === 'not-action' ? undefined : keptFor(ctx.catalog);
  const key = `${item.kind}\u0000${item.action}`;
  reach = kept?.get(key)?.reach;
  if (reach === undefined) {
    const facts = actionFacts(item, ctx.catalog);
    reach = reachOf(facts, ctx.catalog);
    kept?.set(key, { reach, settled: reachSettled(item, facts, ctx.catalog) });
  }
  reachCache.set(item, reach);
  return reach;
}

/**
 * Links `nodeId` (an item's card, or a group standing for items) to each resource its items'
 * statements name that one of the items can act on, by the catalog's resource types; a link the
 * catalog cannot decide is drawn. Deny statements go first, so a resource both allowed and denied
 * is linked as denied. Returns how many resources were named and how many linked.
 */
function linkItems(
  ctx: ActionContext,
  nodeId: string,
  items: readonly ActionItem[],
): { named: number; linked: number } {
  const named = new Set<string>();
  const linked = new Set<string>();
  for (const item of items) {
    const reach = reachOfItem(ctx, item);
    // Many statements name the same resource node (a group of 5,000 buckets): ask once per node.
    const fitOf = new Map<string, boolean | 'undecided'>();
    const occurrences = [...item.occurrences].sort(
      (a, b) => Number(b.effect === 'Deny') - Number(a.effect === 'Deny'),
    );
    for (const occ of occurrences) {
      const conditional = occ.conditions.length > 0;
      for (const rid of occ.resourceIds) {
        named.add(rid);
        const node = ctx.acc.getNode(rid);
        let fits = fitOf.get(rid);
        if (fits === undefined) {
          fits = node?.kind === 'resource' ? reaches(reach, node as ResourceNode) : true;
          fitOf.set(rid, fits);
        }
        ctx.uses.record(occ.statement, rid, fits !== false);
        if (fits === false) continue;
        linked.add(rid);
        ctx.acc.addEdge(nodeId, rid, { label: occ.edgeLabel, effect: occ.effect, conditional });
      }
    }
  }
  return { named: named.size, linked: linked.size };
}

/** A node standing for many actions: a collapsed group or the "+N more" tail of a page. */
function groupNode(
  id: string,
  service: string,
  suffix: string,
  label: GraphText,
  items: readonly ActionItem[],
): ActionNode {
  const actions = items.map((i) => i.action);
  const node: ActionNode = {
    id,
    kind: 'action',
    label,
    detail: text('list', shortList(actions)),
    action: `${service}:${suffix}`,
    annotation: '',
    annotationSource: 'none',
    effect: items[0]?.effect ?? 'Allow',
    group: actions,
    expandable: true,
  };
  const source = items[0]?.occurrences[0]?.source;
  if (source !== undefined) node.source = source;
  return node;
}

/** One action item under `parentId`; an expanded wildcard draws its matches beneath itself. */
function addItem(ctx: ActionContext, parentId: string, item: ActionItem): void {
  const { node, matches } = actionNode(item, ctx.catalog, actionFacts(item, ctx.catalog));
  const added = ctx.acc.addNode(node);
  ctx.acc.addEdge(parentId, added.id, { effect: item.effect });
  if (matches !== undefined && matches.length > 0 && ctx.expanded.has(added.id)) {
    added.expanded = true;
    const children: ActionItem[] = matches.map((info) => ({
      id: actionNodeId(info.id, item.effect),
      service: item.service,
      action: info.id,
      effect: item.effect,
      ...(item.mixed === true ? { mixed: true as const } : {}),
      kind: 'action',
      occurrences: item.occurrences.map((o) => ({ ...o, comment: '', groupComment: '' })),
    }));
    addPaged(ctx, added.id, item.service, children);
    return;
  }
  const { named, linked } = linkItems(ctx, added.id, [item]);
  if (named > 0 && linked === 0 && added.known !== false) {
    added.noTargets = true;
    added.note ??= text('acts-on-none');
  }
}

/**
 * Draws `items` under `parentId` a page at a time: PAGE_SIZE items, more for every
 * `<parent>:more:<n>` id the user expanded, then one "+N more" node for the rest.
 */
function addPaged(
  ctx: ActionContext,
  parentId: string,
  service: string,
  items: readonly ActionItem[],
): void {
  let shown = Math.min(PAGE_SIZE, items.length);
  while (shown < items.length && ctx.expanded.has(`${parentId}:more:${shown}`)) {
    shown = Math.min(shown + PAGE_SIZE, items.length);
  }
  for (const item of items.slice(0, shown)) addItem(ctx, parentId, item);
  const rest = items.slice(shown);
  if (rest.length === 0) return;
  const more = ctx.acc.addNode(
    groupNode(
      `${parentId}:more:${shown}`,
      service,
      '*more',
      text('more-count', { count: rest.length }),
      rest,
    ),
  );
  ctx.acc.addEdge(parentId, more.id, { effect: more.effect });
  linkItems(ctx, more.id, rest);
}

/**
 * Adds the action nodes of one service (or service group) under `parentId`. Per effect, a list
 * longer than MAX_ACTIONS_PER_SERVICE (or any list when `forceGroup`) becomes one "N actions"
 * node with id `<groupBase>:allow|deny`; when that id is expanded its actions hang beneath it.
 */
export function addActionItems(
  ctx: ActionContext,
  parentId: string,
  groupBase: string,
  service: string,
  items: readonly ActionItem[],
  forceGroup = false,
): void {
  for (const effect of ['Allow', 'Deny'] as const) {
    const list = items.filter((i) => i.effect === effect);
    if (list.length === 0) continue;
    if (list.length <= MAX_ACTIONS_PER_SERVICE && !forceGroup) {
      for (const item of list) addItem(ctx, parentId, item);
      continue;
    }
    const id = `${groupBase}:${effect.toLowerCase()}`;
    const label = text('actions-count', { count: list.length });
    const group = ctx.acc.addNode(groupNode(id, service, '*group', label, list));
    ctx.acc.addEdge(parentId, group.id, { effect });
    if (ctx.expanded.has(id)) {
      group.expanded = true;
      addPaged(ctx, group.id, service, list);
    } else {
      linkItems(ctx, group.id, list);
    }
  }
}
