import type { JsonPath } from '../../policy';
import type { Check } from '../types';

const MAX_NODES = 200_000;

/**
 * Empty arrays and objects (`"Action": []`, `"Condition": {}`) say nothing and usually mean an
 * unfinished edit; AWS rejects some of them and ignores the rest (Access Analyzer suggestions
 * "Empty array …", "Empty object …"). Walks the parsed value, not the source tree, to stay cheap.
 */
export const emptyValues: Check = {
  codes: ['empty-value'],
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
  },
};
