import { own } from '../helpers';
import type { Check } from '../types';

const CURRENT = '2012-10-17';
const LEGACY = '2008-10-17';
const VERSIONS = { current: CURRENT, legacy: LEGACY };
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
      ctx.report('warning', 'version-missing', { ...VERSIONS }, [], {
        range: ctx.offsetRange(open, open + 1),
        fix: {
          title: { code: 'add-version', params: { version: CURRENT } },
          edits: [{ start: open + 1, end: open + 1, text: `\n  "Version": "${CURRENT}",` }],
        },
      });
    } else if (value !== CURRENT && value !== LEGACY) {
      ctx.report('error', 'version-invalid', { ...VERSIONS }, ['Version']);
    } else if (value === LEGACY) {
      ctx.report('warning', 'version-old', { ...VERSIONS }, ['Version']);
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
          { current: CURRENT, value: hit.value },
          hit.path,
        );
        return;
      }
    }
  },
};
