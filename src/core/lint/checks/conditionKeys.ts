import type { ConditionKeyElement, PolicyStatement } from '../../policy';
import { parseOperator } from '../../evaluate';
import { literalServices } from '../helpers';
import type { Check, LintContext } from '../types';

/** Identity-provider keys (`token.actions.githubusercontent.com:sub`): single-valued, except amr. */
function isProviderKey(key: string): boolean {
  const colon = key.indexOf(':');
  return colon > 0 && key.slice(0, colon).includes('.');
}

function keyType(
  ctx: LintContext,
  stmt: PolicyStatement,
  key: string,
): { known: boolean; type?: string; checked: boolean } {
  const catalog = ctx.catalog;
  const colon = key.indexOf(':');
  if (!catalog || colon <= 0) return { known: false, checked: false };
  const prefix = key.slice(0, colon).toLowerCase();
  if (isProviderKey(key)) {
    return { known: true, type: /:amr$/i.test(key) ? 'ArrayOfString' : 'String', checked: true };
  }
  for (const service of literalServices(stmt)) {
    const hit = catalog.conditionKey(key, service);
    if (hit) return { known: true, type: hit.type, checked: true };
  }
  const hit = catalog.conditionKey(key);
  if (hit) return { known: true, type: hit.type, checked: true };
  const checked = prefix === 'aws' ? catalog.hasIndex : catalog.isLoaded(prefix);
  return { known: false, checked };
}

/**
 * Condition keys against the catalog: unknown service or global keys (Access Analyzer "Invalid
 * service condition key", "Invalid global condition key"), and set operators on single-valued
 * keys (security warning "ForAllValues with single valued key": it also passes when the key is
 * absent; general warning for ForAnyValue).
 */
export const conditionKeys: Check = {
  codes: [
    'unknown-condition-key',
    'forallvalues-single-valued-key',
    'foranyvalue-single-valued-key',
  ],
  run(ctx) {
    for (const stmt of ctx.statements) {
      for (const op of stmt.condition?.operators ?? []) {
        const qualifier = parseOperator(op.operator).qualifier;
        for (const k of op.keys) reportKey(ctx, stmt, k, qualifier);
      }
    }
  },
};

function reportKey(
  ctx: LintContext,
  stmt: PolicyStatement,
  k: ConditionKeyElement,
  qualifier: string | undefined,
): void {
  const info = keyType(ctx, stmt, k.key);
  if (!info.known) {
    if (info.checked) {
      const global = k.key.toLowerCase().startsWith('aws:');
      ctx.report(
        global ? 'warning' : 'error',
        'unknown-condition-key',
        { key: k.key, global },
        k.path,
        { part: 'key' },
      );
    }
    return;
  }
  if (qualifier === undefined || info.type === undefined || info.type.startsWith('ArrayOf')) return;
  if (qualifier === 'ForAllValues') {
    ctx.report('security', 'forallvalues-single-valued-key', { key: k.key }, k.path, {
      part: 'key',
    });
  } else {
    ctx.report('warning', 'foranyvalue-single-valued-key', { key: k.key }, k.path, {
      part: 'key',
    });
  }
}
