import { hasWildcard, splitAction } from '../pattern';
import { parsePolicy, readPolicy } from '../policy';
import { actionStrings } from './helpers';

const PREFIX = /^[a-z0-9][a-z0-9-]*$/;
const MAX_SERVICES = 500;

/**
 * The service prefixes whose catalog data the linter needs for this text (actions, condition
 * keys, resource ARNs), so the CLI or app can `await catalog.load(...)` before a sync lint.
 */
export function servicesToLoad(text: string): string[] {
  const out = new Set<string>();
  try {
    const add = (prefix: string | undefined): void => {
      if (prefix === undefined || out.size >= MAX_SERVICES) return;
      const lower = prefix.toLowerCase();
      if (lower !== 'aws' && PREFIX.test(lower) && !hasWildcard(lower)) out.add(lower);
    };
    for (const stmt of readPolicy(parsePolicy(text)).statements) {
      for (const a of actionStrings(stmt)) add(splitAction(a.value)?.service);
      for (const op of stmt.condition?.operators ?? []) {
        for (const k of op.keys) {
          const colon = k.key.indexOf(':');
          if (colon > 0) add(k.key.slice(0, colon));
        }
      }
      for (const r of [...(stmt.resource?.values ?? []), ...(stmt.notResource?.values ?? [])]) {
        if (r.value.startsWith('arn:')) add(r.value.split(':')[2]);
      }
    }
  } catch {
    // Never throws: a partial list only means fewer catalog checks.
  }
  return [...out].sort();
}
