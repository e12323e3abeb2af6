import type { JsonPath } from '../../policy';
import type { Check } from '../types';

/** How many objects and arrays the check walks (with their paths); the page's bound stays below it. */
const MAX_NODES = 200_000;

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
    while (stack.length > 0) {
      const item = stack.pop();
      if (!item) continue;
      const { value, path } = item;
      if (typeof value !== 'object' || value === null) continue;
      seen += 1;
      // Past the bound the walk only counts what is left, keeping no paths, to say how much.
      const checking = seen <= MAX_NODES;
      const entries: [string | number, unknown][] = Array.isArray(value)
        ? value.map((v: unknown, i) => [i, v])
        : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
      if (checking && entries.length === 0 && path.length > 0) {
        ctx.report(
          'suggestion',
          'empty-value',
          { container: Array.isArray(value) ? 'array' : 'object' },
          path,
        );
      }
      for (const [k, v] of entries) {
        if (typeof v === 'object' && v !== null)
          stack.push({ value: v, path: checking ? [...path, k] : path });
      }
    }
    if (seen > MAX_NODES) {
      const params = { checked: MAX_NODES, total: seen };
      ctx.report('warning', 'empty-values-not-all-checked', params, []);
    }
  },
};
