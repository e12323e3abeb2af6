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

/** The statement an occurrence stands in: shared by all of its occurrences. */
export interface StatementInfo {
  /** The Action/NotAction values as written (the first few), for "grants nothing to …". */
  actions: string[];
}

/** Statement actions remembered for a resource's "grants nothing to …". */
const MAX_STATEMENT_ACTIONS = 12;

/** One place an action is written, with what its statement says about resources and conditions. */
export interface Occurrence {
  source: SourceRef;
  /** The author's comment on this very value ('' when none). */
  comment: string;
  /** A comment on the statement's whole Action list, shown once on the group, not on each card. */
  groupComment: string;
  /** Allow or Deny, as the statement says. */
  effect: Effect;
  statement: StatementInfo;
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
  /** Deny when any statement of the policy denies it (its Allow statements then ride along). */
  effect: Effect;
  /** Statements of the policy both allow and deny it: one item for both. */
  mixed?: true;
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
  commented: { comment: string; shared: boolean },
  stmt: PolicyStatement,
  info: StatementInfo,
  resourceIds: string[],
): Occurrence {
  const conditions = conditionsOf(stmt);
  return {
    source,
    comment: commented.shared ? '' : commented.comment,
    groupComment: commented.shared ? commented.comment : '',
    effect: effectOf(stmt),
    statement: info,
    resourceIds,
    edgeLabel: actsOn(conditions),
    conditions,
  };
}

/** The key one action (or wildcard) is merged under, whatever its statements' effects. */
function mergeKey(action: string): string {
  return `action:${action.toLowerCase()}`;
}

/**
 * Buckets every action of a policy's statements by service (first-appearance order), merging the
 * same action into one item whose occurrences keep each statement's effect and resources: an
 * action one statement allows and another denies is one card (a Deny one), not two.
 */
export function collectActionItems(
  statements: readonly PolicyStatement[],
  doc: DocId,
  attached: Attached,
  resources: ResourceRegistry,
): Map<string, Map<string, ActionItem>> {
  const buckets = new Map<string, Map<string, ActionItem>>();
  const put = (key: string, item: ActionItem, occ: Occurrence): void => {
    let bucket = buckets.get(item.service);
    if (bucket === undefined) {
      bucket = new Map();
      buckets.set(item.service, bucket);
    }
    const existing = bucket.get(key);
    if (existing === undefined) {
      bucket.set(key, { ...item, occurrences: [occ] });
      return;
    }
    existing.occurrences.push(occ);
    if (existing.effect !== item.effect) {
      existing.mixed = true;
      existing.effect = 'Deny';
      existing.id = actionNodeId(existing.action, 'Deny');
    }
  };

  for (const stmt of statements) {
    const effect = effectOf(stmt);
    const resourceIds = resources.idsFor(stmt, doc, attached);
    const written = (stmt.action ?? stmt.notAction)?.values ?? [];
    const info: StatementInfo = {
      actions: written.slice(0, MAX_STATEMENT_ACTIONS).map((v) => v.value),
    };
    const notAction = stmt.action === undefined ? stmt.notAction : undefined;
    if (notAction !== undefined) {
      const list = notAction.values.map((a) => a.value);
      const commented = listComments(attached, notAction);
      const sorted = list.map((a) => a.toLowerCase()).sort();
      const id = `notaction:${effect.toLowerCase()}:${sorted.join(',')}`;
      const heading = commented.find((a) => a.comment !== '');
      put(
        id,
        {
          id,
          service: '*',
          action: `NotAction: ${list.join(', ')}`,
          effect,
          kind: 'not-action',
          notActions: list,
          occurrences: [],
        },
        occurrence(
          sourceOf(doc, notAction),
          heading ?? { comment: '', shared: false },
          stmt,
          info,
          resourceIds,
        ),
      );
      continue;
    }
    if (stmt.action === undefined) continue;
    for (const commented of listComments(attached, stmt.action)) {
      const { value } = commented;
      const { service, kind } = classify(value.value);
      put(
        mergeKey(value.value),
        {
          id: actionNodeId(value.value, effect),
          service,
          action: value.value,
          effect,
          kind,
          occurrences: [],
        },
        occurrence(sourceOf(doc, value), commented, stmt, info, resourceIds),
      );
    }
  }
  return buckets;
}
