import type { SourceNode } from '../../policy';
import type { Check } from '../types';

const MAX_NODES = 200_000;

/**
 * Empty arrays and objects (`"Action": []`, `"Condition": {}`) say nothing and usually mean an
 * unfinished edit; AWS rejects some of them and ignores the rest (Access Analyzer suggestions
 * "Empty array …", "Empty object …").
 */
export const emptyValues: Check = {
  codes: ['empty-value'],
  run(ctx) {
    const root = ctx.parse.root;
    if (!root || ctx.text.length > 1_000_000) return;
    const stack: SourceNode[] = [root];
    let seen = 0;
    while (stack.length > 0 && seen < MAX_NODES) {
      const node = stack.pop();
      seen += 1;
      if (!node) continue;
      const children = node.children ?? [];
      if ((node.type === 'array' || node.type === 'object') && children.length === 0) {
        if (node.path.length === 0) continue;
        ctx.report(
          'suggestion',
          'empty-value',
          `This ${node.type === 'array' ? 'array' : 'object'} is empty; remove the element or fill it in.`,
          node.path,
        );
      }
      for (const c of children) if (c.type === 'array' || c.type === 'object') stack.push(c);
    }
  },
};
