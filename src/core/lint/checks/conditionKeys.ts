import type { ConditionKeyElement, PolicyStatement } from '../../policy';
import { parseOperator, type ParsedOperator } from '../../evaluate';
import type { Check, LintContext } from '../types';
import { isMultivalued, lookupKey } from './conditionKeyInfo';

/**
 * Condition keys against the catalog (Access Analyzer errors "Invalid global condition key",
 * "Invalid service condition key", "Invalid condition key format", "Missing tag key in
 * condition", "Missing qualifier"), keys of services the catalog does not know (a suggestion:
 * they are not checked), and set operators on single-valued keys (security warning "ForAllValues
 * with single valued key": it also passes when the key is absent; general warning for ForAnyValue).
 */
export const conditionKeys: Check = {
  codes: [
    'unknown-condition-key',
    'forallvalues-single-valued-key',
    'foranyvalue-single-valued-key',
    'condition-key-format',
    'missing-tag-key',
    'condition-key-not-checked',
    'missing-set-qualifier',
  ],
  run(ctx) {
    for (const stmt of ctx.statements) {
      for (const op of stmt.condition?.operators ?? []) {
        const parsed = parseOperator(op.operator);
        for (const k of op.keys) reportKey(ctx, stmt, k, parsed);
      }
    }
  },
};

function reportKey(
  ctx: LintContext,
  stmt: PolicyStatement,
  k: ConditionKeyElement,
  parsed: ParsedOperator,
): void {
  const at = { part: 'key' } as const;
  const info = lookupKey(ctx, stmt, k.key);
  switch (info.status) {
    case 'pending':
      return;
    case 'bad-format':
      ctx.report('error', 'condition-key-format', { key: k.key }, k.path, at);
      return;
    case 'unknown-service':
      ctx.report(
        'suggestion',
        'condition-key-not-checked',
        { key: k.key, service: info.service },
        k.path,
        at,
      );
      return;
    case 'no-tag-key':
      ctx.report(
        'error',
        'missing-tag-key',
        { key: k.key, template: info.template.key },
        k.path,
        at,
      );
      return;
    case 'unknown':
      ctx.report('error', 'unknown-condition-key', { key: k.key, global: info.global }, k.path, at);
      return;
    case 'known':
      break;
  }
  const qualifier = parsed.qualifier;
  if (info.type === '') return;
  if (isMultivalued(info.type)) {
    // Null only tests presence, so it needs no set operator (and an unknown operator is reported already).
    if (qualifier === undefined && parsed.spec && parsed.spec.family !== 'Null') {
      // An error for the global keys the condition keys page calls multivalued; a warning for
      // service keys, which AWS's own managed policies use with plain operators (events:detail-type).
      const global = k.key.toLowerCase().startsWith('aws:');
      ctx.report(
        global ? 'error' : 'warning',
        'missing-set-qualifier',
        { key: k.key, operator: op(parsed) },
        k.path,
        at,
      );
    }
    return;
  }
  if (qualifier === 'ForAllValues') {
    ctx.report('security', 'forallvalues-single-valued-key', { key: k.key }, k.path, at);
  } else if (qualifier === 'ForAnyValue') {
    ctx.report('warning', 'foranyvalue-single-valued-key', { key: k.key }, k.path, at);
  }
}

function op(parsed: ParsedOperator): string {
  return parsed.raw.trim();
}
