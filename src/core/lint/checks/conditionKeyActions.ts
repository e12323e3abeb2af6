import type { ActionInfo } from '../../catalog';
import { isAssumeRoleOperation, isTrustPolicyAction } from '../../aws';
import { compileActionPattern, matchAction, splitAction } from '../../pattern';
import type { CatalogLike, Check } from '../types';
import { isProviderKey, lookupKey } from './conditionKeyInfo';

/** Past this many catalog actions tried against wildcard entries the check stops (it runs on every keystroke). */
const WORK_LIMIT = 200_000;

/** Each action's condition keys, lower-cased: its own and those of its resource types. */
const supportCache = new WeakMap<ActionInfo, Set<string>>();

function supportedKeys(catalog: CatalogLike, action: ActionInfo): Set<string> {
  let keys = supportCache.get(action);
  if (!keys) {
    keys = new Set(action.conditionKeys.map((k) => k.toLowerCase()));
    for (const ref of action.resourceTypes) {
      for (const k of ref.conditionKeys) keys.add(k.toLowerCase());
      for (const k of catalog.resourceType(action.service, ref.name)?.conditionKeys ?? []) {
        keys.add(k.toLowerCase());
      }
    }
    supportCache.set(action, keys);
  }
  return keys;
}

/**
 * A service condition key on actions of its service that do not support it (Access Analyzer
 * error "Unsupported action for condition key": `s3:x-amz-storage-class` with `s3:ListBucket`).
 * The request for such an action never carries the key, so the condition does not do what it
 * says for it. A wildcard entry counts when none of the actions it matches supports the key.
 * Global keys apply to every action; keys of other services (cross-service keys) and NotAction
 * statements are left alone, as is any action the catalog does not know. A warning, not Access
 * Analyzer's error: the catalog's per-action key lists have gaps (AWS's own managed policies use
 * keys on actions the lists leave out), so the finding may be the catalog's, not the policy's.
 */
export const conditionKeyActions: Check = {
  codes: ['condition-key-unsupported-action'],
  run(ctx) {
    const catalog = ctx.catalog;
    if (!catalog) return;
    /** Lower-cased wildcard pattern → the catalog actions it matches (one expansion per run). */
    const expansions = new Map<string, readonly ActionInfo[]>();
    let work = 0;
    const expand = (text: string, service: string): readonly ActionInfo[] | undefined => {
      const lower = text.toLowerCase();
      const known = expansions.get(lower);
      if (known) return known;
      const pattern = compileActionPattern(text);
      if (pattern.kind !== 'glob') return [];
      const candidates = catalog.actionsOf(service);
      work += candidates.length;
      if (work > WORK_LIMIT) return undefined;
      const matched = candidates.filter((action) => matchAction(pattern, action.id));
      expansions.set(lower, matched);
      return matched;
    };
    for (const stmt of ctx.statements) {
      let actions = stmt.action?.values ?? [];
      if (actions.length === 0) continue;
      // sts:TagSession, sts:SetSourceIdentity and sts:SetContext are authorized within the
      // AssumeRole* request itself, so they see its keys (sts:ExternalId, saml:aud…).
      if (actions.some((a) => isAssumeRoleOperation(a.value))) {
        actions = actions.filter(
          (a) => !isTrustPolicyAction(a.value) || isAssumeRoleOperation(a.value),
        );
      }
      for (const op of stmt.condition?.operators ?? []) {
        for (const k of op.keys) {
          const colon = k.key.indexOf(':');
          const service = k.key.slice(0, colon).toLowerCase();
          if (colon <= 0 || service === 'aws' || isProviderKey(k.key)) continue;
          const info = lookupKey(ctx, stmt, k.key);
          if (info.status !== 'known' || !info.info) continue;
          const canonical = info.info.key.toLowerCase();
          // The key must be one of this service's own (not another service's wording of it).
          if (canonical.slice(0, canonical.indexOf(':')) !== service) continue;
          const unsupported: string[] = [];
          for (const a of actions) {
            const parts = splitAction(a.value);
            if (!parts || parts.service !== service) continue;
            const exact = catalog.getAction(a.value);
            if (exact) {
              if (!supportedKeys(catalog, exact).has(canonical)) unsupported.push(a.value);
              continue;
            }
            const matched = expand(a.value, service);
            if (matched === undefined) return;
            if (
              matched.length > 0 &&
              !matched.some((m) => supportedKeys(catalog, m).has(canonical))
            ) {
              unsupported.push(a.value);
            }
          }
          if (unsupported.length > 0) {
            ctx.report(
              'warning',
              'condition-key-unsupported-action',
              { key: k.key, actions: unsupported },
              k.path,
              { part: 'key' },
            );
          }
        }
      }
    }
  },
};
