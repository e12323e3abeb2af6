/** Turns one ActionItem into its ActionNode: label, annotation, access level, wildcard facts. */
import type { AccessLevel, ActionInfo } from '../core';
import type { ActionFacts } from './actionReach';
import type { ActionItem } from './actionItems';
import type { CatalogView } from './catalogView';
import { conditionKey } from './conditionText';
import { nameText, shortList, text } from './text';
import type { ConditionText } from './text';
import type { ActionNode } from './types';

function commonLevel(matches: readonly ActionInfo[]): AccessLevel | undefined {
  const first = matches[0]?.accessLevel;
  return first !== undefined && matches.every((m) => m.accessLevel === first) ? first : undefined;
}

function uniqueConditions(item: ActionItem): ConditionText[] {
  const out: ConditionText[] = [];
  const seen = new Set<string>();
  const read = new Set<readonly ConditionText[]>();
  for (const occ of item.occurrences) {
    // Occurrences from one statement share its conditions array: read each array once.
    if (read.has(occ.conditions)) continue;
    read.add(occ.conditions);
    for (const c of occ.conditions) {
      const key = conditionKey(c);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}

/** Marks a node the catalog does not know: it grants nothing, and may have a likely fix. */
function markKnown(node: ActionNode, facts: ActionFacts, wildcard: boolean): void {
  if (facts.known === undefined) return;
  node.known = facts.known;
  if (facts.known) return;
  node.note = wildcard
    ? text('matches-no-action')
    : text('unknown-action', { serviceKnown: facts.serviceKnown !== false });
  if (facts.suggestion !== undefined) node.suggestion = facts.suggestion;
}

/**
 * Builds the node for one action item. The annotation is the author's own comment on the value
 * when there is one (a comment for the whole statement goes on the group instead), else the
 * catalog's description (concrete actions only), else empty; wildcard nodes also get the number
 * of actions they match (once the service is loaded) and whether they can be expanded; an action
 * the catalog does not have is marked unknown (it grants nothing) with its likely fix.
 */
export function actionNode(
  item: ActionItem,
  catalog: CatalogView | undefined,
  facts: ActionFacts,
): { node: ActionNode; matches?: ActionInfo[] } {
  const first = item.occurrences[0];
  const comment = item.occurrences.find((o) => o.comment !== '')?.comment ?? '';
  const node: ActionNode = {
    id: item.id,
    kind: 'action',
    label: nameText(item.action),
    action: item.action,
    annotation: comment,
    annotationSource: comment !== '' ? 'comment' : 'none',
    effect: item.effect,
  };
  if (item.mixed === true) node.mixed = true;
  if (first !== undefined) node.source = first.source;
  const conditions = uniqueConditions(item);
  const [condition] = conditions;
  if (condition !== undefined) {
    node.conditions = conditions;
    node.detail = text('only-if', { condition, more: conditions.length - 1 });
  }

  if (item.kind === 'not-action') {
    node.notAction = true;
    node.label = text('every-action-except', { actions: shortList(item.notActions ?? []) });
    return { node };
  }
  if (item.kind === 'wildcard') {
    node.wildcard = true;
    markKnown(node, facts, true);
    // actionFacts asked wildcardMatches already: the matches are its infos.
    const matches = facts.known === undefined ? undefined : [...(facts.infos ?? [])];
    if (matches === undefined) {
      node.expandable = false;
      if (item.action === '*') node.label = text('every-action');
      return { node };
    }
    node.matchCount = matches.length;
    node.expandable = matches.length > 0;
    node.label = text('wildcard-count', { pattern: item.action, actions: matches.length });
    const level = commonLevel(matches);
    if (level !== undefined) node.accessLevel = level;
    return { node, matches };
  }
  const colon = item.action.indexOf(':');
  if (colon > 0) node.label = nameText(item.action.slice(colon + 1));
  markKnown(node, facts, false);
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
