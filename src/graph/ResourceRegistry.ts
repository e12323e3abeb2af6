/** Creates resource nodes for statements, one per distinct Resource, with bounds for huge lists. */
import type { GraphAccumulator } from './GraphAccumulator';
import type { StatementView, TextElement } from './readStatements';
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

function listText(items: readonly string[]): string {
  const shown = items.slice(0, 3).join(', ');
  return items.length > 3 ? `${shown} and ${items.length - 3} more` : shown;
}

export class ResourceRegistry {
  private count = 0;
  private readonly overflowArns = new Set<string>();

  constructor(private readonly acc: GraphAccumulator) {}

  /** The ids of the resource node(s) a statement's actions point at ([] when it names none). */
  idsFor(stmt: StatementView, doc: string): string[] {
    if (stmt.notResources !== undefined) return [this.notResource(stmt.notResources, doc, stmt)];
    const resources = stmt.resources ?? [];
    if (resources.length > MAX_RESOURCES_PER_STATEMENT) {
      return [this.groupOf(resources, doc, stmt)];
    }
    const ids: string[] = [];
    for (const r of resources) {
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

  private single(r: TextElement, doc: string): string {
    const unrestricted = isUnrestricted(r.text);
    const node: ResourceNode = {
      id: `resource:${r.text}`,
      kind: 'resource',
      label: r.text === '*' ? 'All resources (*)' : r.text,
      arn: r.text,
      unrestricted,
      source: { doc, path: r.path, start: r.start, end: r.end },
    };
    if (unrestricted && r.text !== '*') node.detail = 'all resources';
    if (r.comment !== '') node.comment = r.comment;
    return this.admit(node, [r.text]);
  }

  private notResource(items: readonly TextElement[], doc: string, stmt: StatementView): string {
    const arns = items.map((i) => i.text);
    const first = items[0];
    const last = items[items.length - 1];
    const node: ResourceNode = {
      id: `notresource:${[...arns].sort().join(',')}`,
      kind: 'resource',
      label: `every resource except ${listText(arns)}`,
      arn: arns.join(', '),
      unrestricted: false,
      notResource: true,
    };
    if (first !== undefined && last !== undefined) {
      node.source = { doc, path: [...stmt.path, 'NotResource'], start: first.start, end: last.end };
    }
    return this.admit(node, arns);
  }

  private groupOf(items: readonly TextElement[], doc: string, stmt: StatementView): string {
    const arns = items.map((i) => i.text);
    const node: ResourceNode = {
      id: `resources:${doc}:${stmt.sid ?? stmt.index}`,
      kind: 'resource',
      label: `${arns.length} resources`,
      detail: listText(arns),
      arn: arns[0] ?? '',
      unrestricted: arns.some(isUnrestricted),
      group: arns.slice(0, MAX_GROUP_ENTRIES),
      source: {
        doc,
        path: [...stmt.path, 'Resource'],
        start: items[0]?.start ?? stmt.start,
        end: items[items.length - 1]?.end ?? stmt.end,
      },
    };
    return this.admit(node, arns);
  }

  private overflow(arns: readonly string[]): string {
    let node = this.acc.getNode(OVERFLOW_ID) as ResourceNode | undefined;
    if (node === undefined) {
      node = this.acc.addNode<ResourceNode>({
        id: OVERFLOW_ID,
        kind: 'resource',
        label: 'more resources',
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
    node.label = `${this.overflowArns.size} more resources`;
    node.unrestricted = node.unrestricted || arns.some(isUnrestricted);
    return OVERFLOW_ID;
  }
}
