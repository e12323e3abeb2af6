/** Small read-only helpers over the parser's SourceNode tree, used to read policies with their ranges. */
import type { JsonPath, SourceNode } from '../core/policy/types';

/** Deepest nesting converted to plain values; deeper parts become undefined. */
const MAX_DEPTH = 64;

/** The member `key` of an object node (the last one when a key is duplicated, as in the parsed value). */
export function memberOf(node: SourceNode | undefined, key: string): SourceNode | undefined {
  if (node?.type !== 'object' || node.children === undefined) return undefined;
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i];
    if (child !== undefined && child.key === key) return child;
  }
  return undefined;
}

/** The elements of an array node, or the node itself when a single value stands where a list may (e.g. `"Action": "s3:*"`). */
export function itemsOf(node: SourceNode | undefined): SourceNode[] {
  if (node === undefined) return [];
  if (node.type === 'array') return node.children ?? [];
  return [node];
}

/** The plain JSON value of a node (bounded depth), e.g. to describe a Condition block. */
export function plainValue(node: SourceNode | undefined, depth = 0): unknown {
  if (node === undefined || depth > MAX_DEPTH) return undefined;
  if (node.type === 'array') return (node.children ?? []).map((c) => plainValue(c, depth + 1));
  if (node.type === 'object') {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const c of node.children ?? []) {
      if (c.key !== undefined) out[c.key] = plainValue(c, depth + 1);
    }
    return out;
  }
  return node.value;
}

const NOWHERE = { offset: 0, line: 1, column: 1 };

/**
 * A SourceNode tree built from plain data (all ranges empty at offset 0), so a document that
 * arrives without a tree can be read by the same code.
 */
export function treeFromValue(
  value: unknown,
  path: JsonPath = [],
  depth = 0,
): SourceNode | undefined {
  const range = { start: NOWHERE, end: NOWHERE };
  if (depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const children: SourceNode[] = [];
    value.forEach((v, i) => {
      const c = treeFromValue(v, [...path, i], depth + 1);
      if (c) children.push(c);
    });
    return { type: 'array', path, range, children };
  }
  if (typeof value === 'object' && value !== null) {
    const children: SourceNode[] = [];
    for (const [k, v] of Object.entries(value)) {
      const c = treeFromValue(v, [...path, k], depth + 1);
      if (c) children.push({ ...c, key: k });
    }
    return { type: 'object', path, range, children };
  }
  if (typeof value === 'string') return { type: 'string', path, range, value };
  if (typeof value === 'number') return { type: 'number', path, range, value };
  if (typeof value === 'boolean') return { type: 'boolean', path, range, value };
  if (value === null) return { type: 'null', path, range, value: null };
  return undefined;
}
