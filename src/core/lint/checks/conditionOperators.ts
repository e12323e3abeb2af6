import { closest, distance } from 'fastest-levenshtein';
import { OPERATOR_NAMES, parseOperator } from '../../evaluate';
import type { Check } from '../types';

/** Every spelling AWS accepts, with IfExists variants (not for Null), for did-you-mean. */
const KNOWN: string[] = OPERATOR_NAMES.flatMap((n) => (n === 'Null' ? [n] : [n, `${n}IfExists`]));

/**
 * Condition operators must be known ones (Access Analyzer "Invalid condition operator"); `Null`
 * cannot take `IfExists` ("Null with if exists"); each operator block must be an object.
 */
export const conditionOperators: Check = {
  codes: ['unknown-operator', 'null-with-if-exists', 'condition-invalid'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      const cond = stmt.condition;
      if (!cond) continue;
      if (cond.invalid) {
        ctx.report('error', 'condition-invalid', {}, cond.path);
        continue;
      }
      for (const op of cond.operators) {
        if (op.invalid) {
          ctx.report('error', 'condition-invalid', { operator: op.operator }, op.path);
        }
        const parsed = parseOperator(op.operator);
        if (parsed.spec) continue;
        const base = op.operator.replace(/^(ForAllValues|ForAnyValue):/i, '');
        if (parsed.ifExists && /^nullifexists$/i.test(base)) {
          ctx.report('error', 'null-with-if-exists', {}, op.path, { part: 'key' });
          continue;
        }
        const best = closest(base, KNOWN);
        const near = distance(base.toLowerCase(), best.toLowerCase()) <= 3;
        const qualifier = op.operator.slice(0, op.operator.length - base.length);
        const range = ctx.rangeOf(op.path, 'key');
        ctx.report(
          'error',
          'unknown-operator',
          { operator: op.operator, suggestion: near ? qualifier + best : undefined },
          op.path,
          {
            part: 'key',
            fix:
              near && range
                ? {
                    title: { code: 'replace-with', params: { text: qualifier + best } },
                    edits: [
                      {
                        start: range.start.offset,
                        end: range.end.offset,
                        text: JSON.stringify(qualifier + best),
                      },
                    ],
                  }
                : undefined,
          },
        );
      }
    }
  },
};
