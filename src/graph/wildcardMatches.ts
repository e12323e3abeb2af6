/** The catalog actions a wildcard action pattern stands for, when its service is loaded. */
import type { ActionInfo } from '../core/catalog/types';
import { createWildcardMatcher } from '../core/catalog/wildcard';
import type { CatalogView } from './catalogView';

/**
 * Matches `pattern` (e.g. "ssm:Get*") case-insensitively against the loaded actions of `service`,
 * sorted by id; undefined when the catalog is absent or the service is not loaded yet, so the
 * graph can say "count unknown" instead of a wrong number.
 */
export function wildcardMatches(
  catalog: CatalogView | undefined,
  service: string,
  pattern: string,
): ActionInfo[] | undefined {
  if (catalog === undefined || service === '' || service === '*') return undefined;
  if (!catalog.isLoaded(service)) return undefined;
  const matcher = createWildcardMatcher(pattern, { caseInsensitive: true });
  return (catalog.actionsOf(service) ?? [])
    .filter((a) => matcher(a.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
