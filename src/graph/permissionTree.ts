/** The right half of the story: role → permission policies → services → actions → resources. */
import { readPolicy } from '../core';
import type { DocId, ParseResult, PermissionPolicy } from '../core';
import type { ActionItem } from './actionItems';
import { collectActionItems } from './actionItems';
import type { ActionContext } from './actionTree';
import { addActionItems } from './actionTree';
import { NO_COMMENTS } from './listComments';
import type { ResourceRegistry } from './ResourceRegistry';
import { wholeDocument } from './sourceRef';
import { nameText, text } from './text';
import type { GraphText } from './text';
import { CHAIN_IDS } from './chainIds';
import type { Effect, ServiceNode } from './types';

/** A policy touching more services than this draws one "N services" node until expanded. */
export const MAX_SERVICES_PER_POLICY = 30;

/** Node id of a permission policy, derived from its document's stable id. */
export function policyNodeId(doc: DocId): string {
  return `policy:${doc}`;
}

function verb(items: readonly ActionItem[]): { label: GraphText; effect?: Effect } {
  const allow = items.some((i) => i.effect === 'Allow');
  const deny = items.some((i) => i.effect === 'Deny');
  if (allow && deny) return { label: text('grants-and-denies') };
  return deny
    ? { label: text('denies'), effect: 'Deny' }
    : { label: text('grants'), effect: 'Allow' };
}

function serviceLabel(prefix: string): GraphText {
  if (prefix === '*') return text('all-services');
  if (prefix === '') return text('unknown-service');
  return nameText(prefix);
}

/** Statement comments shown on one service box, at most. */
const MAX_BOX_COMMENTS = 3;

/**
 * The comments written for whole Action lists (a heading above them, or on the list itself) of
 * the statements behind a box's actions: said once on the box instead of on every card.
 */
function statementComments(items: readonly ActionItem[]): string {
  const out: string[] = [];
  for (const item of items) {
    for (const occ of item.occurrences) {
      const c = occ.groupComment;
      if (c !== '' && !out.includes(c) && out.length < MAX_BOX_COMMENTS) out.push(c);
    }
  }
  return out.join(' / ');
}

function addService(
  ctx: ActionContext,
  doc: DocId,
  parentId: string,
  prefix: string,
  items: readonly ActionItem[],
): void {
  const name = prefix === '*' || prefix === '' ? undefined : ctx.catalog?.serviceName(prefix);
  const node: ServiceNode = {
    id: `service:${doc}:${prefix}`,
    kind: 'service',
    label: serviceLabel(prefix),
    detail: text('service-summary', {
      ...(name !== undefined ? { serviceName: name } : {}),
      actions: items.length,
    }),
    service: prefix,
    actionCount: items.length,
  };
  if (name !== undefined) node.serviceName = name;
  const comment = statementComments(items);
  if (comment !== '') node.comment = comment;
  const added = ctx.acc.addNode(node);
  ctx.acc.addEdge(parentId, added.id, verb(items));
  addActionItems(ctx, added.id, `group:${doc}:${prefix}`, prefix, items);
}

/** Services and actions of one policy under its node; a policy with very many services collapses. */
function addPolicyContent(
  ctx: ActionContext,
  doc: DocId,
  policyId: string,
  buckets: Map<string, Map<string, ActionItem>>,
): void {
  if (buckets.size <= MAX_SERVICES_PER_POLICY) {
    for (const [prefix, items] of buckets)
      addService(ctx, doc, policyId, prefix, [...items.values()]);
    return;
  }
  const all = [...buckets.values()].flatMap((b) => [...b.values()]);
  const id = `services:${doc}`;
  const group = ctx.acc.addNode<ServiceNode>({
    id,
    kind: 'service',
    label: text('services-count', { count: buckets.size }),
    detail: text('actions-count', { count: all.length }),
    service: '*group',
    actionCount: all.length,
    group: [...buckets.keys()],
    expandable: true,
  });
  ctx.acc.addEdge(policyId, id, verb(all));
  if (ctx.expanded.has(id)) {
    group.expanded = true;
    for (const [prefix, items] of buckets) addService(ctx, doc, id, prefix, [...items.values()]);
  } else {
    addActionItems(ctx, id, `group:${doc}:*group`, '*', all, true);
  }
}

/**
 * Adds one node per permission policy (managed/inline, statement count) linked from the role,
 * then its services, actions and resources; a policy that does not parse still gets its node.
 */
export function addPermissionPolicies(
  ctx: ActionContext,
  policies: readonly PermissionPolicy[],
  parsedOf: (doc: DocId) => ParseResult | undefined,
  resources: ResourceRegistry,
): void {
  policies.forEach((policy, i) => {
    const doc = policy.id;
    const parsed = parsedOf(doc);
    const statements = parsed !== undefined ? readPolicy(parsed).statements : [];
    const id = policyNodeId(doc);
    const managed = policy.managed === true;
    const readable = parsed !== undefined && parsed.value !== undefined;
    ctx.acc.addNode({
      id,
      kind: 'permission-policy',
      label:
        typeof policy.name === 'string' && policy.name !== ''
          ? nameText(policy.name)
          : text('policy-unnamed', { number: i + 1 }),
      detail: readable
        ? text('policy-summary', { managed, statements: statements.length })
        : text('policy-unreadable', { managed }),
      managed,
      statementCount: statements.length,
      source: wholeDocument(doc, parsed?.length ?? 0),
    });
    ctx.acc.addEdge(CHAIN_IDS.role, id, { label: text('has') });
    const attached = parsed?.attached ?? NO_COMMENTS;
    addPolicyContent(ctx, doc, id, collectActionItems(statements, doc, attached, resources));
  });
}
