import { replaceQuotedFix } from '../helpers';
import type { Check } from '../types';

const ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];

/**
 * Statement elements AWS does not know (often a wrong case, `action`, or a typo such as
 * `Resources`) are rejected (Access Analyzer "Invalid policy element"); a case slip gets a fix.
 */
export const statementElements: Check = {
  codes: ['unknown-element'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      for (const key of Object.keys(stmt.raw)) {
        if (ELEMENTS.includes(key)) continue;
        const lower = key.toLowerCase();
        const proper =
          ELEMENTS.find((k) => k.toLowerCase() === lower) ??
          ELEMENTS.find((k) => `${k.toLowerCase()}s` === lower);
        const path = [...stmt.path, key];
        const range = ctx.rangeOf(path, 'key');
        ctx.report(
          'error',
          'unknown-element',
          { element: key, level: 'statement', suggestion: proper, accepted: ELEMENTS },
          path,
          {
            part: 'key',
            fix: replaceQuotedFix(range, proper, (name) => ({
              code: 'rename-to',
              params: { name },
            })),
          },
        );
      }
    }
  },
};
