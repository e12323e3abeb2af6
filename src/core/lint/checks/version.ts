import { own } from '../helpers';
import type { Check } from '../types';

const CURRENT = '2012-10-17';
const VARIABLE = /\$\{[^}]*\}?/;

/**
 * Version: missing means the 2008 language, where policy variables are plain text; anything
 * other than the two published dates is rejected (IAM JSON policy element reference: Version).
 */
export const version: Check = {
  codes: ['version-missing', 'version-invalid', 'version-old', 'variables-need-version'],
  run(ctx) {
    const doc = ctx.document;
    if (doc === undefined) return;
    const value = own(doc, 'Version');
    const open = ctx.rangeOf([])?.start.offset ?? 0;
    if (!Object.hasOwn(doc, 'Version')) {
      ctx.report(
        'warning',
        'version-missing',
        `The policy has no Version, so AWS reads it with the legacy 2008-10-17 language, where policy variables such as \${aws:username} do not work. Add "Version": "${CURRENT}".`,
        [],
        {
          range: ctx.offsetRange(open, open + 1),
          fix: {
            title: `Add "Version": "${CURRENT}"`,
            edits: [{ start: open + 1, end: open + 1, text: `\n  "Version": "${CURRENT}",` }],
          },
        },
      );
    } else if (value !== CURRENT && value !== '2008-10-17') {
      ctx.report(
        'error',
        'version-invalid',
        `Version must be "${CURRENT}" (or the legacy "2008-10-17"); AWS rejects any other value.`,
        ['Version'],
      );
    } else if (value === '2008-10-17') {
      ctx.report(
        'warning',
        'version-old',
        `Version "2008-10-17" is the legacy policy language, in which policy variables do not work. Use "${CURRENT}".`,
        ['Version'],
      );
    }
    if (value === CURRENT) return;
    for (const stmt of ctx.statements) {
      const strings = [
        ...(stmt.resource?.values ?? []),
        ...(stmt.notResource?.values ?? []),
        ...(stmt.condition?.operators ?? []).flatMap((op) => op.keys.flatMap((k) => k.values)),
      ];
      const hit = strings.find((s) => VARIABLE.test(s.value));
      if (hit) {
        ctx.report(
          'error',
          'variables-need-version',
          `Policy variables such as \${aws:username} only work with "Version": "${CURRENT}"; without it AWS compares "${hit.value}" as literal text.`,
          hit.path,
        );
        return;
      }
    }
  },
};
