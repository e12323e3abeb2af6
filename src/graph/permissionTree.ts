/** The right half of the story: role → permission policies → services → actions → resources. */
import type { ParseResult } from '../core/policy/types';
import type { PermissionPolicy } from '../core/scenario/types';
import type { ActionItem } from './actionItems';
import { collectActionItems } from './actionItems';
import type { ActionContext } from './actionTree';
import { addActionItems } from './actionTree';
import { readStatements } from './readStatements';
import type { ResourceRegistry } from './ResourceRegistry';
import { CHAIN_IDS } from './trustChain';
import type { Effect, ServiceNode } from './types';

/** A policy touching more services than this draws one "N services" node until expanded. */
export const MAX_SERVICES_PER_POLICY = 30;

function verb(items: readonly ActionItem[]): { label: string; effect?: Effect } {
  const allow = items.some((i) => i.effect === 'Allow');
  const deny = items.some((i) => i.effect === 'Deny');
  if (allow && deny) return { label: 'grants and denies' };
  return deny ? { label: 'denies', effect: 'Deny' } : { label: 'grants', effect: 'Allow' };
}

function serviceLabel(prefix: string): string {
  if (prefix === '*') return 'All services';
  if (prefix === '') return 'Unknown service';
  return prefix;
}

function addService(
  ctx: ActionContext,
  policyIndex: number,
  parentId: string,
  prefix: string,
  items: readonly ActionItem[],
): void {
  const name = prefix === '*' || prefix === '' ? undefined : ctx.catalog?.serviceName(prefix);
  const node: ServiceNode = {
    id: `service:${policyIndex}:${prefix}`,
    kind: 'service',
    label: serviceLabel(prefix),
    detail: `${name !== undefined ? `${name} · ` : ''}${items.length} action${items.length === 1 ? '' : 's'}`,
    service: prefix,
    actionCount: items.length,
  };
  if (name !== undefined) node.serviceName = name;
  const added = ctx.acc.addNode(node);
  const { label, effect } = verb(items);
  ctx.acc.addEdge(parentId, added.id, label, effect);
  addActionItems(ctx, added.id, `group:${policyIndex}:${prefix}`, prefix, items);
}

/** Services and actions of one policy under its node; a policy with very many services collapses. */
function addPolicyContent(
  ctx: ActionContext,
  policyIndex: number,
  policyId: string,
  buckets: Map<string, Map<string, ActionItem>>,
): void {
  if (buckets.size <= MAX_SERVICES_PER_POLICY) {
    for (const [prefix, items] of buckets)
      addService(ctx, policyIndex, policyId, prefix, [...items.values()]);
    return;
  }
  const all = [...buckets.values()].flatMap((b) => [...b.values()]);
  const id = `services:${policyIndex}`;
  const group = ctx.acc.addNode<ServiceNode>({
    id,
    kind: 'service',
    label: `${buckets.size} services`,
    detail: `${all.length} actions`,
    service: '*group',
    actionCount: all.length,
    group: [...buckets.keys()],
    expandable: true,
  });
  const { label, effect } = verb(all);
  ctx.acc.addEdge(policyId, id, label, effect);
  if (ctx.expanded.has(id)) {
    group.expanded = true;
    for (const [prefix, items] of buckets)
      addService(ctx, policyIndex, id, prefix, [...items.values()]);
  } else {
    addActionItems(ctx, id, `group:${policyIndex}:*group`, '*', all, true);
  }
}

/**
 * Adds one node per permission policy (managed/inline, statement count) linked from the role,
 * then its services, actions and resources; a policy that does not parse still gets its node.
 */
export function addPermissionPolicies(
  ctx: ActionContext,
  policies: readonly PermissionPolicy[],
  parsedOf: (doc: string) => ParseResult | undefined,
  resources: ResourceRegistry,
): void {
  policies.forEach((policy, i) => {
    const doc = `permission:${i}`;
    const parsed = parsedOf(doc);
    const statements = readStatements(parsed);
    const id = `policy:${i}`;
    const managed = policy.managed === true;
    const readable = parsed !== undefined && parsed.value !== undefined;
    const count = statements.length;
    ctx.acc.addNode({
      id,
      kind: 'permission-policy',
      label:
        typeof policy.name === 'string' && policy.name !== '' ? policy.name : `Policy ${i + 1}`,
      detail: readable
        ? `${managed ? 'managed' : 'inline'} · ${count} statement${count === 1 ? '' : 's'}`
        : `${managed ? 'managed' : 'inline'} · cannot be read yet`,
      managed,
      statementCount: count,
      source: { doc, path: [], start: 0, end: parsed?.length ?? 0 },
    });
    ctx.acc.addEdge(CHAIN_IDS.role, id, 'has');
    addPolicyContent(ctx, i, id, collectActionItems(statements, doc, resources));
  });
}
