/** Turns one ActionItem into its ActionNode: label, annotation, access level, wildcard facts. */
import type { AccessLevel, ActionInfo } from '../core/catalog/types';
import type { ActionItem } from './actionItems';
import type { CatalogView } from './catalogView';
import type { ActionNode } from './types';
import { wildcardMatches } from './wildcardMatches';

/** "a, b, c and 4 more": short inline lists for labels and details. */
export function listText(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function commonLevel(matches: readonly ActionInfo[]): AccessLevel | undefined {
  const first = matches[0]?.accessLevel;
  return first !== undefined && matches.every((m) => m.accessLevel === first) ? first : undefined;
}

function uniqueConditions(item: ActionItem): string[] {
  const out: string[] = [];
  for (const occ of item.occurrences)
    for (const c of occ.conditions) if (!out.includes(c)) out.push(c);
  return out;
}

/**
 * Builds the node for one action item. The annotation is the author's comment when there is one,
 * else the catalog's description (concrete actions only), else empty; wildcard nodes also get the
 * number of actions they match (once the service is loaded) and whether they can be expanded.
 */
export function actionNode(
  item: ActionItem,
  catalog: CatalogView | undefined,
): { node: ActionNode; matches?: ActionInfo[] } {
  const first = item.occurrences[0];
  const comment = item.occurrences.find((o) => o.comment !== '')?.comment ?? '';
  const node: ActionNode = {
    id: item.id,
    kind: 'action',
    label: item.action,
    action: item.action,
    annotation: comment,
    annotationSource: comment !== '' ? 'comment' : 'none',
    effect: item.effect,
  };
  if (first !== undefined) node.source = first.source;
  const conditions = uniqueConditions(item);
  if (conditions.length > 0) {
    node.conditions = conditions;
    node.detail = `only if ${conditions[0]}${conditions.length > 1 ? ` (+${conditions.length - 1} more)` : ''}`;
  }

  if (item.kind === 'not-action') {
    node.notAction = true;
    node.label = `every action except ${listText(item.notActions ?? [])}`;
    return { node };
  }
  if (item.kind === 'wildcard') {
    node.wildcard = true;
    const matches = wildcardMatches(catalog, item.service, item.action);
    if (matches === undefined) {
      node.expandable = false;
      if (item.action === '*') node.label = '* (every action in every service)';
      return { node };
    }
    node.matchCount = matches.length;
    node.expandable = matches.length > 0;
    node.label = `${item.action} (${plural(matches.length, 'action')})`;
    const level = commonLevel(matches);
    if (level !== undefined) node.accessLevel = level;
    return { node, matches };
  }
  const colon = item.action.indexOf(':');
  if (colon > 0) node.label = item.action.slice(colon + 1);
  const info = catalog?.getAction(item.action);
  if (info !== undefined) {
    node.accessLevel = info.accessLevel;
    if (comment === '' && info.description !== '') {
      node.annotation = info.description;
      node.annotationSource = 'catalog';
    }
  }
  return { node };
}
