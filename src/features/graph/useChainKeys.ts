import { useCallback, type KeyboardEvent } from 'react';
import type { GraphEdge } from '../../graph';

/** Which way an arrow key moves: along the story order, or along the picture's links. */
export type ChainKey = 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'ArrowLeft';

const KEYS: ReadonlySet<string> = new Set<ChainKey>([
  'ArrowDown',
  'ArrowUp',
  'ArrowRight',
  'ArrowLeft',
]);

/**
 * Where an arrow key takes the focus from node `from`. Down/Up step forward/back in the story
 * order the nodes are drawn in (principal → … → role → policy → service → each of its actions →
 * the next service …); Right/Left follow the picture's links forward/back (an action to the
 * resource it acts on, a resource back to an action on it), and fall back to Down/Up where a node
 * has no link that way. `order` is the drawn nodes' ids in story order.
 */
export function chainTarget(
  order: readonly string[],
  edges: readonly Pick<GraphEdge, 'source' | 'target'>[],
  from: string,
  key: ChainKey,
): string | undefined {
  const at = order.indexOf(from);
  if (at < 0) return undefined;
  const position = new Map(order.map((id, i) => [id, i]));
  const first = (ids: string[]) =>
    ids
      .filter((id) => position.has(id) && id !== from)
      .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))[0];
  if (key === 'ArrowRight') {
    const next = first(edges.filter((e) => e.source === from).map((e) => e.target));
    if (next !== undefined) return next;
  }
  if (key === 'ArrowLeft') {
    const back = first(edges.filter((e) => e.target === from).map((e) => e.source));
    if (back !== undefined) return back;
  }
  const forward = key === 'ArrowDown' || key === 'ArrowRight';
  return order[forward ? at + 1 : at - 1];
}

/**
 * Arrow keys on a focused graph node move the focus along the chain (see `chainTarget`); returns
 * a keydown handler that reports whether it used the key.
 */
export function useChainKeys(
  order: readonly string[],
  edges: readonly Pick<GraphEdge, 'source' | 'target'>[],
  focusNode: (id: string) => void,
): (e: KeyboardEvent<HTMLElement>) => boolean {
  return useCallback(
    (e) => {
      if (!KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
      const target = e.target as HTMLElement;
      if (!target.classList.contains('react-flow__node')) return false;
      const from = target.dataset.id;
      if (from === undefined) return false;
      const to = chainTarget(order, edges, from, e.key as ChainKey);
      // At either end of the chain the key is still ours: the page must not scroll instead.
      e.preventDefault();
      if (to !== undefined) focusNode(to);
      return true;
    },
    [order, edges, focusNode],
  );
}
