import type { JsonPath } from '../../policy';
import type { Check } from '../types';

/** How many objects and arrays the check walks (with their paths); the page's bound stays below it. */
const MAX_NODES = 200_000;

/** How many objects and arrays are in `values` and under them (no paths kept: cheap). */
function countContainers(values: unknown[]): number {
  let count = 0;
  const stack = values;
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    count += 1;
    const children: unknown[] = Array.isArray(value)
      ? value
      : Object.keys(value).map((k) => (value as Record<string, unknown>)[k]);
    for (const child of children)
      if (typeof child === 'object' && child !== null) stack.push(child);
  }
  return count;
}

/**
 * Empty arrays and objects (`"Action": []`, `"Condition": {}`) say nothing and usually mean an
 * unfinished edit; AWS rejects some of them and ignores the rest (Access Analyzer suggestions
 * "Empty array …", "Empty object …"). Walks the parsed value, not the source tree, to stay cheap.
 */
export const emptyValues: Check = {
  codes: ['empty-value', 'empty-values-not-all-checked'],
  run(ctx) {
    if (ctx.document === undefined) return;
    const stack: { value: unknown; path: JsonPath }[] = [{ value: ctx.document, path: [] }];
    let seen = 0;
    while (stack.length > 0 && seen < MAX_NODES) {
      const item = stack.pop();
      seen += 1;
      if (!item) continue;
      const { value, path } = item;
      if (typeof value !== 'object' || value === null) continue;
      const entries: [string | number, unknown][] = Array.isArray(value)
        ? value.map((v: unknown, i) => [i, v])
        : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
      if (entries.length === 0 && path.length > 0) {
        ctx.report(
          'suggestion',
          'empty-value',
          { container: Array.isArray(value) ? 'array' : 'object' },
          path,
        );
      }
      for (const [k, v] of entries) {
        if (typeof v === 'object' && v !== null) stack.push({ value: v, path: [...path, k] });
      }
    }
    // Stopped at the bound: said, never silent, with how much was left.
    if (stack.length > 0) {
      const total = seen + countContainers(stack.map((item) => item.value));
      ctx.report('warning', 'empty-values-not-all-checked', { checked: seen, total }, []);
    }
  },
};
