/** Creates resource nodes for statements, one per distinct Resource, with bounds for huge lists. */
import type { DocId, PolicyStatement } from '../core';
import type { GraphAccumulator } from './GraphAccumulator';
import type { Attached, CommentedValue } from './listComments';
import { listComments } from './listComments';
import { sourceOf, spanOf } from './sourceRef';
import { sidOf } from './statementFacts';
import { nameText, shortList, text } from './text';
import type { ResourceNode } from './types';

/** A statement listing more resources than this draws one "N resources" node instead. */
export const MAX_RESOURCES_PER_STATEMENT = 30;
/** Distinct resource nodes in one graph; beyond it, new ones share an overflow node. */
export const MAX_RESOURCE_NODES = 60;
/** Bound on the ARNs remembered inside one group node. */
const MAX_GROUP_ENTRIES = 1000;
const OVERFLOW_ID = 'resource:more';

/** True for `*` and ARN patterns whose service, region, account and resource are all `*`. */
export function isUnrestricted(arn: string): boolean {
  if (arn === '*') return true;
  const parts = arn.split(':');
  return parts.length >= 6 && parts[0] === 'arn' && parts.slice(2).every((p) => p === '*');
}

export class ResourceRegistry {
  private count = 0;
  private readonly overflowArns = new Set<string>();

  constructor(private readonly acc: GraphAccumulator) {}

  /** The ids of the resource node(s) a statement's actions point at ([] when it names none). */
  idsFor(stmt: PolicyStatement, doc: DocId, attached: Attached): string[] {
    if (stmt.resource === undefined && stmt.notResource !== undefined) {
      return [
        this.notResource(
          stmt.notResource.values.map((v) => v.value),
          doc,
          stmt,
        ),
      ];
    }
    if (stmt.resource === undefined) return [];
    if (stmt.resource.values.length > MAX_RESOURCES_PER_STATEMENT) {
      return [
        this.groupOf(
          stmt.resource.values.map((v) => v.value),
          doc,
          stmt,
        ),
      ];
    }
    const ids: string[] = [];
    for (const r of listComments(attached, stmt.resource)) {
      const id = this.single(r, doc);
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  private admit<T extends ResourceNode>(node: T, arns: readonly string[]): string {
    if (this.acc.hasNode(node.id)) return node.id;
    if (this.count >= MAX_RESOURCE_NODES) return this.overflow(arns);
    this.count += 1;
    this.acc.addNode(node);
    return node.id;
  }

  private single({ value, comment }: CommentedValue, doc: DocId): string {
    const arn = value.value;
    const unrestricted = isUnrestricted(arn);
    const node: ResourceNode = {
      id: `resource:${arn}`,
      kind: 'resource',
      label: arn === '*' ? text('all-resources') : nameText(arn),
      arn,
      unrestricted,
      source: sourceOf(doc, value),
    };
    if (unrestricted && arn !== '*') node.detail = text('unrestricted-pattern');
    if (comment !== '') node.comment = comment;
    return this.admit(node, [arn]);
  }

  private notResource(arns: readonly string[], doc: DocId, stmt: PolicyStatement): string {
    const values = stmt.notResource?.values ?? [];
    const node: ResourceNode = {
      id: `notresource:${[...arns].sort().join(',')}`,
      kind: 'resource',
      label: text('every-resource-except', { resources: shortList(arns) }),
      arn: arns.join(', '),
      unrestricted: false,
      notResource: true,
      except: arns.slice(0, MAX_GROUP_ENTRIES),
    };
    const first = values[0];
    const last = values[values.length - 1];
    if (first !== undefined && last !== undefined) {
      node.source = spanOf(doc, [...stmt.path, 'NotResource'], first, last, stmt);
    }
    return this.admit(node, arns);
  }

  private groupOf(arns: readonly string[], doc: DocId, stmt: PolicyStatement): string {
    const values = stmt.resource?.values ?? [];
    const node: ResourceNode = {
      id: `resources:${doc}:${sidOf(stmt) ?? stmt.index}`,
      kind: 'resource',
      label: text('resources-count', { count: arns.length }),
      detail: text('list', shortList(arns)),
      arn: arns[0] ?? '',
      unrestricted: arns.some(isUnrestricted),
      group: arns.slice(0, MAX_GROUP_ENTRIES),
      source: spanOf(doc, [...stmt.path, 'Resource'], values[0], values[values.length - 1], stmt),
    };
    return this.admit(node, arns);
  }

  private overflow(arns: readonly string[]): string {
    let node = this.acc.getNode(OVERFLOW_ID) as ResourceNode | undefined;
    if (node === undefined) {
      node = this.acc.addNode<ResourceNode>({
        id: OVERFLOW_ID,
        kind: 'resource',
        label: text('more-resources', { count: 0 }),
        arn: '',
        unrestricted: false,
        group: [],
      });
    }
    const group = node.group ?? [];
    for (const arn of arns) {
      if (this.overflowArns.has(arn)) continue;
      this.overflowArns.add(arn);
      if (group.length < MAX_GROUP_ENTRIES) group.push(arn);
    }
    node.group = group;
    node.label = text('more-resources', { count: this.overflowArns.size });
    node.unrestricted = node.unrestricted || arns.some(isUnrestricted);
    return OVERFLOW_ID;
  }
}
