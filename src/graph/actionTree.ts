/** Hangs action nodes under a service node: grouping of long lists, wildcard expansion, paging. */
import type { ActionItem, Occurrence } from './actionItems';
import { actionNodeId } from './actionItems';
import { actionNode } from './actionNode';
import type { CatalogView } from './catalogView';
import type { GraphAccumulator } from './GraphAccumulator';
import { shortList, text } from './text';
import type { GraphText } from './text';
import type { ActionNode, Effect } from './types';

/** More actions than this under one service (per effect) collapse into one group node. */
export const MAX_ACTIONS_PER_SERVICE = 30;
/** An expanded wildcard or group shows this many actions per page, then a "+N more" node. */
export const PAGE_SIZE = 30;

export interface ActionContext {
  acc: GraphAccumulator;
  catalog?: CatalogView;
  expanded: ReadonlySet<string>;
}

function linkResources(
  ctx: ActionContext,
  nodeId: string,
  occurrences: readonly Occurrence[],
  effect: Effect,
): void {
  for (const occ of occurrences) {
    const conditional = occ.conditions.length > 0;
    for (const rid of occ.resourceIds)
      ctx.acc.addEdge(nodeId, rid, { label: occ.edgeLabel, effect, conditional });
  }
}

function allOccurrences(items: readonly ActionItem[]): Occurrence[] {
  return items.flatMap((i) => i.occurrences);
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
  const { node, matches } = actionNode(item, ctx.catalog);
  const added = ctx.acc.addNode(node);
  ctx.acc.addEdge(parentId, added.id, { effect: item.effect });
  if (matches !== undefined && matches.length > 0 && ctx.expanded.has(added.id)) {
    added.expanded = true;
    const children: ActionItem[] = matches.map((info) => ({
      id: actionNodeId(info.id, item.effect),
      service: item.service,
      action: info.id,
      effect: item.effect,
      kind: 'action',
      occurrences: item.occurrences.map((o) => ({ ...o, comment: '' })),
    }));
    addPaged(ctx, added.id, item.service, children);
    return;
  }
  linkResources(ctx, added.id, item.occurrences, item.effect);
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
  linkResources(ctx, more.id, allOccurrences(rest), more.effect);
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
      linkResources(ctx, group.id, allOccurrences(list), effect);
    }
  }
}
