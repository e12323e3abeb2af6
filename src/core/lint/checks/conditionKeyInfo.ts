/** What the catalog says about one condition key of a statement, shared by the condition checks. */
import type { ConditionKeyInfo } from '../../catalog';
import type { PolicyStatement } from '../../policy';
import { literalServices } from '../helpers';
import type { LintContext } from '../types';

/** What is known of a key, from the catalog (or the identity-provider rule). */
export type KeyLookup =
  /** Found: `info` is the catalog entry (undefined for identity-provider keys). */
  | { status: 'known'; type: string; info?: ConditionKeyInfo }
  /** The catalog knows the service (or it is `aws:`) but not this key. */
  | { status: 'unknown'; global: boolean }
  /** A tag key such as `aws:ResourceTag` written without its tag part. */
  | { status: 'no-tag-key'; template: ConditionKeyInfo }
  /** No `service:` prefix at all. */
  | { status: 'bad-format' }
  /** The prefix names no service the catalog knows: the key is not checked. */
  | { status: 'unknown-service'; service: string }
  /** The catalog (or the service's data) is not loaded yet: say nothing. */
  | { status: 'pending' };

/**
 * Global keys that AWS's own managed policies use but the global condition keys page does not list
 * (aws:PrincipalOrgMasterAccountId in AWSSSOServiceRolePolicy): AWS evaluates them, so they are
 * not reported as invalid.
 */
const UNDOCUMENTED_GLOBAL: ReadonlyMap<string, string> = new Map([
  ['aws:principalorgmasteraccountid', 'String'],
]);

/** Identity-provider keys (`token.actions.githubusercontent.com:sub`): single-valued, except amr. */
export function isProviderKey(key: string): boolean {
  const colon = key.indexOf(':');
  return colon > 0 && key.slice(0, colon).includes('.');
}

/** One lint run's answers, per statement and key: three checks ask about every key. */
const cache = new WeakMap<LintContext, WeakMap<PolicyStatement, Map<string, KeyLookup>>>();

/** Looks a statement's condition key up, preferring the wording of the services it acts on. */
export function lookupKey(ctx: LintContext, stmt: PolicyStatement, key: string): KeyLookup {
  let byStatement = cache.get(ctx);
  if (!byStatement) {
    byStatement = new WeakMap();
    cache.set(ctx, byStatement);
  }
  let byKey = byStatement.get(stmt);
  if (!byKey) {
    byKey = new Map();
    byStatement.set(stmt, byKey);
  }
  const known = byKey.get(key);
  if (known) return known;
  const answer = lookup(ctx, stmt, key);
  byKey.set(key, answer);
  return answer;
}

function lookup(ctx: LintContext, stmt: PolicyStatement, key: string): KeyLookup {
  const colon = key.indexOf(':');
  if (colon <= 0 || colon === key.length - 1) return { status: 'bad-format' };
  const catalog = ctx.catalog;
  if (isProviderKey(key)) {
    const type = /:amr$/i.test(key) ? 'ArrayOfString' : 'String';
    return { status: 'known', type };
  }
  if (!catalog) return { status: 'pending' };
  const prefix = key.slice(0, colon).toLowerCase();
  const services = literalServices(stmt);
  for (const service of services) {
    const hit = catalog.conditionKey(key, service);
    if (hit) return { status: 'known', type: hit.type, info: hit };
  }
  const hit = catalog.conditionKey(key);
  if (hit) return { status: 'known', type: hit.type, info: hit };
  const global = prefix === 'aws';
  if (global && !catalog.hasIndex) return { status: 'pending' };
  const undocumented = global ? UNDOCUMENTED_GLOBAL.get(key.toLowerCase()) : undefined;
  if (undocumented !== undefined) return { status: 'known', type: undocumented };
  if (!global && !catalog.isLoaded(prefix)) {
    return catalog.hasIndex && !catalog.hasService(prefix)
      ? { status: 'unknown-service', service: prefix }
      : { status: 'pending' };
  }
  for (const service of services) {
    const template = catalog.conditionKeyWithoutVariable(key, service);
    if (template) return { status: 'no-tag-key', template };
  }
  const template = catalog.conditionKeyWithoutVariable(key);
  if (template) return { status: 'no-tag-key', template };
  return { status: 'unknown', global };
}

/** Whether a catalog type is multivalued (`ArrayOfString`, `ArrayOfARN`, …). */
export function isMultivalued(type: string): boolean {
  return type.startsWith('ArrayOf');
}
