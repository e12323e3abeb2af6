import { viewOf } from './treeView';
import type { JsonPath, ParseResult, Range, SourceNode } from './types';

/** Anything that carries a parsed tree: a ParseResult or a part of one. */
export type HasRoot = Pick<ParseResult, 'root'>;

/** Which part of an object member a range should cover. */
export type RangePart = 'value' | 'key' | 'member';

function child(node: SourceNode, seg: string | number): SourceNode | undefined {
  const children = node.children;
  if (children === undefined) return undefined;
  if (typeof seg === 'number') {
    // Array elements are stored in index order, one child per index.
    return node.type === 'array' ? children[seg] : undefined;
  }
  if (node.type !== 'object') return undefined;
  // With duplicate keys the last member wins, as in the parsed value.
  for (let i = children.length - 1; i >= 0; i--) {
    const c = children[i];
    if (c !== undefined && c.key === seg) return c;
  }
  return undefined;
}

/** The node at `path` (last member for duplicate keys), so lint and graph can find its source. */
export function nodeAtPath(result: HasRoot, path: JsonPath): SourceNode | undefined {
  const view = viewOf(result);
  if (view !== undefined) {
    const i = view.indexAt(path);
    return i < 0 ? undefined : view.node(i);
  }
  let node = result.root;
  for (const seg of path) {
    if (node === undefined) return undefined;
    node = child(node, seg);
  }
  return node;
}

/**
 * The deepest existing node on `path`: a finding about a missing element (say `Effect`) can
 * still point at the statement that lacks it.
 */
export function nearestNodeAtPath(result: HasRoot, path: JsonPath): SourceNode | undefined {
  const view = viewOf(result);
  if (view !== undefined) {
    const i = view.indexAt(path, true);
    return i < 0 ? undefined : view.node(i);
  }
  let node = result.root;
  for (const seg of path) {
    if (node === undefined) return undefined;
    const next = child(node, seg);
    if (next === undefined) return node;
    node = next;
  }
  return node;
}

/**
 * The source range of the element at `path` (undefined when absent): its value by default,
 * the quoted key, or the whole member from key to value, for editor markers.
 */
export function rangeOfPath(
  result: HasRoot,
  path: JsonPath,
  part: RangePart = 'value',
): Range | undefined {
  const view = viewOf(result);
  if (view !== undefined) {
    // Straight from the offsets: no SourceNode needed (the subtree could be huge).
    const i = view.indexAt(path);
    if (i < 0) return undefined;
    const value = view.range(i);
    const key = view.keyRange(i);
    if (part === 'key') return key ?? value;
    if (part === 'member' && key !== undefined) return { start: key.start, end: value.end };
    return value;
  }
  const node = nodeAtPath(result, path);
  if (node === undefined) return undefined;
  if (part === 'key') return node.keyRange ?? node.range;
  if (part === 'member' && node.keyRange !== undefined) {
    return { start: node.keyRange.start, end: node.range.end };
  }
  return node.range;
}
