/** Gathers a policy's Action/NotAction entries into distinct items per service, remembering every occurrence. */
import { hasWildcard } from '../core/catalog/wildcard';
import type { ResourceRegistry } from './ResourceRegistry';
import type { StatementView, TextElement } from './readStatements';
import type { Effect, SourceRef } from './types';

/** One place an action is written, with what its statement says about resources and conditions. */
export interface Occurrence {
  source: SourceRef;
  comment: string;
  resourceIds: string[];
  /** "on", or "on, if …" when the statement has conditions. */
  edgeLabel: string;
  conditions: string[];
}

export type ItemKind = 'action' | 'wildcard' | 'not-action';

/** A distinct action (or wildcard, or NotAction list) with one effect: becomes one action node. */
export interface ActionItem {
  /** The node id, derived from content so it survives edits elsewhere. */
  id: string;
  /** Lower-case service prefix; '*' for cross-service wildcards and NotAction, '' when malformed. */
  service: string;
  /** As first written, e.g. "ssm:GetDocument". */
  action: string;
  effect: Effect;
  kind: ItemKind;
  /** For NotAction: the excluded actions. */
  notActions?: string[];
  occurrences: Occurrence[];
}

/** Node id of an action or wildcard with an effect: `action:ssm:getdocument`, `action:s3:*:deny`. */
export function actionNodeId(action: string, effect: Effect): string {
  return `action:${action.toLowerCase()}${effect === 'Deny' ? ':deny' : ''}`;
}

function classify(text: string): { service: string; kind: ItemKind } {
  if (text === '*') return { service: '*', kind: 'wildcard' };
  const colon = text.indexOf(':');
  if (colon <= 0) return { service: '', kind: hasWildcard(text) ? 'wildcard' : 'action' };
  const prefix = text.slice(0, colon).toLowerCase();
  if (hasWildcard(prefix)) return { service: '*', kind: 'wildcard' };
  return { service: prefix, kind: hasWildcard(text.slice(colon + 1)) ? 'wildcard' : 'action' };
}

function edgeLabel(conditions: readonly string[]): string {
  if (conditions.length === 0) return 'on';
  const more = conditions.length > 1 ? ` (+${conditions.length - 1} more)` : '';
  return `on, if ${conditions[0]}${more}`;
}

function occurrence(
  doc: string,
  el: TextElement,
  stmt: StatementView,
  resourceIds: string[],
): Occurrence {
  return {
    source: { doc, path: el.path, start: el.start, end: el.end },
    comment: el.comment,
    resourceIds,
    edgeLabel: edgeLabel(stmt.conditions),
    conditions: stmt.conditions,
  };
}

/**
 * Buckets every action of a policy's statements by service (first-appearance order), merging the
 * same action with the same effect into one item whose occurrences keep each statement's resources.
 */
export function collectActionItems(
  statements: readonly StatementView[],
  doc: string,
  resources: ResourceRegistry,
): Map<string, Map<string, ActionItem>> {
  const buckets = new Map<string, Map<string, ActionItem>>();
  const put = (item: ActionItem, occ: Occurrence): void => {
    let bucket = buckets.get(item.service);
    if (bucket === undefined) {
      bucket = new Map();
      buckets.set(item.service, bucket);
    }
    const existing = bucket.get(item.id);
    if (existing === undefined) bucket.set(item.id, { ...item, occurrences: [occ] });
    else existing.occurrences.push(occ);
  };

  for (const stmt of statements) {
    const resourceIds = resources.idsFor(stmt, doc);
    if (stmt.notActions !== undefined) {
      const list = stmt.notActions.map((a) => a.text);
      const first = stmt.notActions[0];
      const anchor = stmt.actionList ?? first;
      if (anchor === undefined) continue;
      const sorted = list.map((a) => a.toLowerCase()).sort();
      const el = {
        ...anchor,
        comment: stmt.notActions.find((a) => a.comment !== '')?.comment ?? '',
      };
      put(
        {
          id: `notaction:${stmt.effect.toLowerCase()}:${sorted.join(',')}`,
          service: '*',
          action: `NotAction: ${list.join(', ')}`,
          effect: stmt.effect,
          kind: 'not-action',
          notActions: list,
          occurrences: [],
        },
        occurrence(doc, el, stmt, resourceIds),
      );
      continue;
    }
    for (const el of stmt.actions) {
      const { service, kind } = classify(el.text);
      put(
        {
          id: actionNodeId(el.text, stmt.effect),
          service,
          action: el.text,
          effect: stmt.effect,
          kind,
          occurrences: [],
        },
        occurrence(doc, el, stmt, resourceIds),
      );
    }
  }
  return buckets;
}
