import { isRecord, own, replaceQuotedFix } from '../helpers';
import type { Check } from '../types';

const TOP_LEVEL = ['Version', 'Id', 'Statement'];

/**
 * The document's own elements: Statement is required and holds objects; only Version, Id and
 * Statement may appear at the top (IAM JSON policy element reference; Access Analyzer
 * "Missing statement", "Invalid policy element").
 */
export const topLevel: Check = {
  codes: ['statement-missing', 'statement-invalid', 'unknown-element'],
  run(ctx) {
    const doc = ctx.document;
    if (doc === undefined) return;
    for (const key of Object.keys(doc)) {
      if (TOP_LEVEL.includes(key)) continue;
      const proper = TOP_LEVEL.find((k) => k.toLowerCase() === key.toLowerCase());
      const range = ctx.rangeOf([key], 'key');
      ctx.report(
        'error',
        'unknown-element',
        { element: key, level: 'policy', suggestion: proper, accepted: TOP_LEVEL },
        [key],
        {
          part: 'key',
          fix: replaceQuotedFix(range, proper, (name) => ({ code: 'rename-to', params: { name } })),
        },
      );
    }
    if (!Object.hasOwn(doc, 'Statement')) {
      ctx.report('error', 'statement-missing', {}, []);
      return;
    }
    const statement = own(doc, 'Statement');
    if (Array.isArray(statement)) {
      statement.forEach((s: unknown, i) => {
        if (!isRecord(s)) {
          ctx.report('error', 'statement-invalid', { at: 'entry' }, ['Statement', i]);
        }
      });
    } else if (!isRecord(statement)) {
      ctx.report('error', 'statement-invalid', { at: 'element' }, ['Statement']);
    }
  },
};
