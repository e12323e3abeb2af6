import { NODE_TYPES } from './compactTree';
import type { CompactTree } from './compactTree';
import type { LineIndex } from './lineIndex';
import type { JsonPath, Range, SourceNode } from './types';

/**
 * Answers path/offset questions straight from a CompactTree and makes SourceNode objects only on
 * demand (memoised, so the same node object comes back every time): asking for one action's
 * node in a 5 MB policy builds that node, not the whole tree.
 */
export class TreeView {
  private readonly made: (SourceNode | undefined)[] = [];

  constructor(
    readonly tree: CompactTree,
    readonly lines: LineIndex,
  ) {}

  /** The path of node `i`, e.g. ['Statement', 0, 'Action', 2]. */
  pathOf(i: number): JsonPath {
    const t = this.tree;
    const segs: (string | number)[] = [];
    let j = i;
    while (j > 0) {
      const made = this.made[j];
      if (made !== undefined)
        return segs.length === 0 ? made.path : made.path.concat(segs.reverse());
      const seg = t.seg[j] ?? -1;
      segs.push(seg >= 0 ? seg : (t.key[j] ?? ''));
      j = t.parent[j] ?? -1;
    }
    return segs.reverse();
  }

  range(i: number): Range {
    return this.lines.range(this.tree.start[i] ?? 0, this.tree.end[i] ?? 0);
  }

  keyRange(i: number): Range | undefined {
    const ks = this.tree.keyStart[i] ?? -1;
    return ks < 0 ? undefined : this.lines.range(ks, this.tree.keyEnd[i] ?? ks);
  }

  /** The SourceNode of node `i`, with its whole subtree. */
  node(i: number): SourceNode {
    const existing = this.made[i];
    if (existing !== undefined) return existing;
    return this.build(i, this.pathOf(i));
  }

  private build(i: number, path: JsonPath): SourceNode {
    const t = this.tree;
    const type = NODE_TYPES[t.type[i] ?? 5] ?? 'null';
    const node: SourceNode = { type, path, range: this.range(i) };
    const keyRange = this.keyRange(i);
    if (keyRange !== undefined) {
      node.keyRange = keyRange;
      node.key = t.key[i] ?? '';
    }
    if (type === 'object' || type === 'array') {
      const from = t.childStart[i] ?? 0;
      const count = t.childCount[i] ?? 0;
      const children = new Array<SourceNode>(count);
      for (let k = 0; k < count; k++) {
        const c = t.childIndex[from + k] ?? 0;
        const seg = t.seg[c] ?? -1;
        children[k] = this.made[c] ?? this.build(c, path.concat(seg >= 0 ? seg : (t.key[c] ?? '')));
      }
      node.children = children;
    } else node.value = t.scalar[i] as SourceNode['value'];
    this.made[i] = node;
    return node;
  }

  private childAt(i: number, seg: string | number): number {
    const t = this.tree;
    const from = t.childStart[i] ?? 0;
    const count = t.childCount[i] ?? 0;
    if (typeof seg === 'number') {
      if (t.type[i] !== 1 || !Number.isInteger(seg) || seg < 0 || seg >= count) return -1;
      return t.childIndex[from + seg] ?? -1;
    }
    if (t.type[i] !== 0) return -1;
    // With duplicate keys the last member wins, as in the parsed value.
    for (let k = count - 1; k >= 0; k--) {
      const c = t.childIndex[from + k] ?? -1;
      if (c >= 0 && t.key[c] === seg) return c;
    }
    return -1;
  }

  /** Index of the node at `path`, -1 when absent; `nearest` stops at the deepest existing one. */
  indexAt(path: JsonPath, nearest = false): number {
    if (this.tree.count === 0) return -1;
    let i = 0;
    for (const seg of path) {
      const next = this.childAt(i, seg);
      if (next < 0) return nearest ? i : -1;
      i = next;
    }
    return i;
  }

  /** Index of the deepest node whose span (key included) contains `offset`, -1 outside the root. */
  indexAtOffset(offset: number): number {
    const t = this.tree;
    if (t.count === 0 || !(offset >= (t.start[0] ?? 0) && offset < (t.end[0] ?? 0))) return -1;
    let i = 0;
    for (;;) {
      const from = t.childStart[i] ?? 0;
      const count = t.childCount[i] ?? 0;
      // Children are in source order: find the last one starting at or before `offset`.
      let lo = 0;
      let hi = count - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = t.childIndex[from + mid] ?? 0;
        const ks = t.keyStart[c] ?? -1;
        if ((ks >= 0 ? ks : (t.start[c] ?? 0)) <= offset) {
          found = c;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found < 0 || offset >= (t.end[found] ?? 0)) return i;
      i = found;
    }
  }
}

const views = new WeakMap<object, TreeView>();

/** Remembers the compact tree behind a parse result, so the path helpers can skip the SourceNodes. */
export function registerView(result: object, view: TreeView): void {
  views.set(result, view);
}

/** The compact view behind a result made by parsePolicy (undefined for copies, e.g. from a worker). */
export function viewOf(result: object): TreeView | undefined {
  return views.get(result);
}
