import { parseOperator } from '../../evaluate';
import { splitAction } from '../../pattern';
import type { CatalogLike, Check } from '../types';

/** The global tag keys' families: each is supported by a service, or not, as a whole. */
type TagFamily = 'aws:resourcetag' | 'aws:requesttag' | 'aws:tagkeys';

function familyOf(key: string): TagFamily | undefined {
  const lower = key.toLowerCase();
  if (lower === 'aws:tagkeys') return 'aws:tagkeys';
  if (lower.startsWith('aws:resourcetag/')) return 'aws:resourcetag';
  if (lower.startsWith('aws:requesttag/')) return 'aws:requesttag';
  return undefined;
}

/** Per catalog, per service: the tag families some action of the service (or its resources) supports. */
const supportCache = new WeakMap<CatalogLike, Map<string, ReadonlySet<TagFamily>>>();

function familiesOf(catalog: CatalogLike, service: string): ReadonlySet<TagFamily> | undefined {
  let byService = supportCache.get(catalog);
  if (!byService) {
    byService = new Map();
    supportCache.set(catalog, byService);
  }
  const known = byService.get(service);
  if (known) return known;
  const actions = catalog.actionsOf(service);
  // A service the catalog does not hold (or has not loaded) is not judged.
  if (actions.length === 0) return undefined;
  const found = new Set<TagFamily>();
  const note = (k: string) => {
    const f = familyOf(k);
    if (f) found.add(f);
  };
  for (const a of actions) {
    for (const k of a.conditionKeys) note(k);
    for (const ref of a.resourceTypes) {
      for (const k of ref.conditionKeys) note(k);
      for (const k of catalog.resourceType(service, ref.name)?.conditionKeys ?? []) note(k);
    }
  }
  byService.set(service, found);
  return found;
}

/**
 * A condition that matches only when the key is present and holds a listed value: with a service
 * that never sends the key, such a Deny never applies.
 */
function needsKey(operator: string): boolean {
  const op = parseOperator(operator);
  return !!op.spec && !op.spec.negated && !op.ifExists && op.spec.family !== 'Null';
}

/**
 * Global tag keys (`aws:ResourceTag/…`, `aws:RequestTag/…`, `aws:TagKeys`) with actions of
 * services that support none of them (Access Analyzer: "Unsupported tag condition key for
 * service", a warning; "Deny with unsupported tag condition key for service" and "Deny NotAction
 * with unsupported tag condition key for service", security warnings). The request for such a
 * service never carries the key: an Allow then grants nothing (or everything, when the condition
 * is negated) for it, and a Deny that needs the key never denies it. Services the catalog does not
 * hold are not judged; support is the catalog's, per service, as Access Analyzer's is.
 */
export const tagKeySupport: Check = {
  codes: [
    'tag-key-unsupported-service',
    'deny-tag-key-unsupported-service',
    'deny-notaction-tag-key',
  ],
  run(ctx) {
    const catalog = ctx.catalog;
    if (!catalog) return;
    for (const stmt of ctx.statements) {
      const deny = stmt.effect?.value === 'Deny';
      const operators = stmt.condition?.operators ?? [];
      for (const op of operators) {
        for (const k of op.keys) {
          const family = familyOf(k.key);
          if (!family) continue;
          if (deny && !needsKey(op.operator)) continue;
          if (stmt.notAction) {
            // NotAction reaches every other service, and many support no tag keys.
            if (deny)
              ctx.report('security', 'deny-notaction-tag-key', { key: k.key }, k.path, {
                part: 'key',
              });
            continue;
          }
          const services = new Set<string>();
          for (const a of stmt.action?.values ?? []) {
            const parts = splitAction(a.value);
            if (!parts || /[*?]/.test(parts.service)) continue;
            const service = parts.service.toLowerCase();
            const supported = familiesOf(catalog, service);
            if (supported && !supported.has(family)) services.add(service);
          }
          if (services.size === 0) continue;
          ctx.report(
            deny ? 'security' : 'warning',
            deny ? 'deny-tag-key-unsupported-service' : 'tag-key-unsupported-service',
            { key: k.key, services: [...services] },
            k.path,
            { part: 'key' },
          );
        }
      }
    }
  },
};
