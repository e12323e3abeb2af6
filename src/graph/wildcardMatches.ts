/** The catalog actions a wildcard action pattern stands for, when its service is loaded. */
import type { ActionInfo } from '../core';
import { actionMatches } from '../core';
import type { CatalogView } from './catalogView';

/**
 * Matches `pattern` (e.g. "ssm:Get*") case-insensitively against the loaded actions of `service`
 * ('*' = every service), sorted by id; undefined when the catalog is absent or the data is not
 * loaded yet, so the graph can say "count unknown" instead of a wrong number.
 */
export function wildcardMatches(
  catalog: CatalogView | undefined,
  service: string,
  pattern: string,
): ActionInfo[] | undefined {
  if (catalog === undefined || service === '') return undefined;
  let pool: readonly ActionInfo[] | undefined;
  if (service === '*') {
    // A cross-service pattern can only be counted once every service is in memory.
    if (catalog.isComplete?.() !== true) return undefined;
    pool = catalog.allLoadedActions?.();
  } else if (catalog.isLoaded(service)) {
    pool = catalog.actionsOf(service);
  }
  if (pool === undefined) return undefined;
  return pool
    .filter((a) => actionMatches(pattern, a.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
