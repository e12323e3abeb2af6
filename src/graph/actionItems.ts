/** Gathers a policy's Action/NotAction entries into distinct items per service, remembering every occurrence. */
import { hasWildcard } from '../core';
import type { DocId, PolicyStatement } from '../core';
import type { Attached } from './listComments';
import { listComments } from './listComments';
import type { ResourceRegistry } from './ResourceRegistry';
import { sourceOf } from './sourceRef';
import { conditionsOf, effectOf } from './statementFacts';
import { text } from './text';
import type { ConditionText, GraphText } from './text';
import type { Effect, SourceRef } from './types';

/** One place an action is written, with what its statement says about resources and conditions. */
export interface Occurrence {
  source: SourceRef;
  comment: string;
  resourceIds: string[];
  /** "on", or "on, if …" when the statement has conditions. */
  edgeLabel: GraphText;
  conditions: ConditionText[];
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

function classify(action: string): { service: string; kind: ItemKind } {
  if (action === '*') return { service: '*', kind: 'wildcard' };
  const colon = action.indexOf(':');
  if (colon <= 0) return { service: '', kind: hasWildcard(action) ? 'wildcard' : 'action' };
  const prefix = action.slice(0, colon).toLowerCase();
  if (hasWildcard(prefix)) return { service: '*', kind: 'wildcard' };
  return { service: prefix, kind: hasWildcard(action.slice(colon + 1)) ? 'wildcard' : 'action' };
}

/** The unconditional verb, shared so that merging edges can compare labels by reference. */
const ACTS_ON: GraphText = text('acts-on');
/** One conditional verb per statement's conditions, shared by all of its actions. */
const actsOnIf = new WeakMap<readonly ConditionText[], GraphText>();

/** The verb on an action → resource edge: "on", or "on, if <first condition>" (+N more). */
export function actsOn(conditions: readonly ConditionText[]): GraphText {
  const [first] = conditions;
  if (first === undefined) return ACTS_ON;
  let verb = actsOnIf.get(conditions);
  if (verb === undefined) {
    verb = text('acts-on-if', { condition: first, more: conditions.length - 1 });
    actsOnIf.set(conditions, verb);
  }
  return verb;
}

function occurrence(
  source: SourceRef,
  comment: string,
  stmt: PolicyStatement,
  resourceIds: string[],
): Occurrence {
  const conditions = conditionsOf(stmt);
  return { source, comment, resourceIds, edgeLabel: actsOn(conditions), conditions };
}

/**
 * Buckets every action of a policy's statements by service (first-appearance order), merging the
 * same action with the same effect into one item whose occurrences keep each statement's resources.
 */
export function collectActionItems(
  statements: readonly PolicyStatement[],
  doc: DocId,
  attached: Attached,
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
    const effect = effectOf(stmt);
    const resourceIds = resources.idsFor(stmt, doc, attached);
    const notAction = stmt.action === undefined ? stmt.notAction : undefined;
    if (notAction !== undefined) {
      const list = notAction.values.map((a) => a.value);
      const commented = listComments(attached, notAction);
      const sorted = list.map((a) => a.toLowerCase()).sort();
      put(
        {
          id: `notaction:${effect.toLowerCase()}:${sorted.join(',')}`,
          service: '*',
          action: `NotAction: ${list.join(', ')}`,
          effect,
          kind: 'not-action',
          notActions: list,
          occurrences: [],
        },
        occurrence(
          sourceOf(doc, notAction),
          commented.find((a) => a.comment !== '')?.comment ?? '',
          stmt,
          resourceIds,
        ),
      );
      continue;
    }
    if (stmt.action === undefined) continue;
    for (const { value, comment } of listComments(attached, stmt.action)) {
      const { service, kind } = classify(value.value);
      put(
        {
          id: actionNodeId(value.value, effect),
          service,
          action: value.value,
          effect,
          kind,
          occurrences: [],
        },
        occurrence(sourceOf(doc, value), comment, stmt, resourceIds),
      );
    }
  }
  return buckets;
}
