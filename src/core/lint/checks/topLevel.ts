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
        proper
          ? `"${key}" must be written "${proper}": element names are case-sensitive and AWS rejects unknown ones.`
          : `"${key}" is not a policy element; at the top level AWS accepts only Version, Id and Statement.`,
        [key],
        {
          part: 'key',
          fix: replaceQuotedFix(range, proper, `Rename to "${proper}"`),
        },
      );
    }
    if (!Object.hasOwn(doc, 'Statement')) {
      ctx.report(
        'error',
        'statement-missing',
        'The policy has no Statement element, so it grants or denies nothing and AWS rejects it.',
        [],
      );
      return;
    }
    const statement = own(doc, 'Statement');
    if (Array.isArray(statement)) {
      statement.forEach((s: unknown, i) => {
        if (!isRecord(s)) {
          ctx.report(
            'error',
            'statement-invalid',
            'Each entry of Statement must be an object with Effect, Action and so on.',
            ['Statement', i],
          );
        }
      });
    } else if (!isRecord(statement)) {
      ctx.report(
        'error',
        'statement-invalid',
        'Statement must be an object or an array of objects.',
        ['Statement'],
      );
    }
  },
};
