import type { PathedString } from '../../policy';
import type { LintParams } from '../codes';
import type { Check } from '../types';

const VARIABLE_NAME = /^[A-Za-z0-9._:/-]+(, *'[^']*')?$/;
const SPECIAL = new Set(['*', '?', '$']);

/** The first problem with the `${...}` variables of one string, or undefined. */
function problem(text: string): LintParams['malformed-policy-variable'] | undefined {
  let i = text.indexOf('${');
  while (i >= 0) {
    const close = text.indexOf('}', i + 2);
    if (close < 0) return { issue: 'unclosed', text: text.slice(i) };
    const name = text.slice(i + 2, close).trim();
    if (!SPECIAL.has(name) && !VARIABLE_NAME.test(name)) {
      return { issue: 'invalid-name', text: `\${${name}}` };
    }
    i = text.indexOf('${', close + 1);
  }
  return undefined;
}

/**
 * Malformed policy variables (`${aws:username` without its brace, `${}`) are compared as literal
 * text, so the statement silently never matches (IAM policy elements: Variables and tags).
 */
export const policyVariables: Check = {
  codes: ['malformed-policy-variable'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      const strings: PathedString[] = [
        ...(stmt.resource?.values ?? []),
        ...(stmt.notResource?.values ?? []),
        ...(stmt.condition?.operators ?? []).flatMap((op) => op.keys.flatMap((k) => k.values)),
      ];
      for (const s of strings) {
        const p = problem(s.value);
        if (p) ctx.report('error', 'malformed-policy-variable', p, s.path);
      }
    }
  },
};
