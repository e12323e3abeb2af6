import type { HasRoot } from './nodeAtPath';
import { viewOf } from './treeView';
import type { JsonPath, SourceNode } from './types';

function spanStart(node: SourceNode): number {
  return node.keyRange?.start.offset ?? node.range.start.offset;
}

/**
 * The deepest node whose span (key included, for members) contains `offset`, for hovers and
 * "which statement is the cursor in"; undefined outside the document's root value.
 */
export function nodeAtOffset(result: HasRoot, offset: number): SourceNode | undefined {
  const view = viewOf(result);
  if (view !== undefined) {
    const i = view.indexAtOffset(offset);
    return i < 0 ? undefined : view.node(i);
  }
  const root = result.root;
  if (
    root === undefined ||
    !(offset >= root.range.start.offset && offset < root.range.end.offset)
  ) {
    return undefined;
  }
  let node = root;
  for (;;) {
    const children = node.children;
    if (children === undefined || children.length === 0) return node;
    // Children are in source order: find the last one starting at or before `offset`.
    let lo = 0;
    let hi = children.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = children[mid];
      if (c !== undefined && spanStart(c) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const c = found >= 0 ? children[found] : undefined;
    if (c === undefined || offset >= c.range.end.offset) return node;
    node = c;
  }
}

/** The path of the deepest node containing `offset` (see nodeAtOffset). */
export function pathAtOffset(result: HasRoot, offset: number): JsonPath | undefined {
  const view = viewOf(result);
  if (view !== undefined) {
    const i = view.indexAtOffset(offset);
    return i < 0 ? undefined : view.pathOf(i);
  }
  return nodeAtOffset(result, offset)?.path;
}
