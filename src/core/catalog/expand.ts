/**
 * Which catalog actions an action pattern grants, with the one pattern matcher (core/pattern):
 * the same answer the engine and the linter give for every pattern, malformed ones included.
 */
import { compileActionPattern, globMatch } from '../pattern';
import type { Catalog } from './Catalog';
import type { ActionInfo } from './types';

export interface ActionExpansion {
  /** Loaded actions the pattern matches, by service prefix then name. */
  matches: ActionInfo[];
  /** False when a service the pattern could match is not loaded yet (or the index is missing). */
  complete: boolean;
}

/** Lists the loaded actions a pattern grants, and says whether the list could still grow. */
export function expandActionPattern(catalog: Catalog, pattern: string): ActionExpansion {
  const compiled = compileActionPattern(pattern);
  if (compiled.kind === 'none') return { matches: [], complete: true };
  if (compiled.kind === 'any') {
    return { matches: [...catalog.allLoadedActions()], complete: catalog.isComplete() };
  }
  let candidates: string[];
  let complete = true;
  if (compiled.service !== undefined) {
    candidates = [compiled.service];
    if (!catalog.isLoaded(compiled.service)) {
      // Without the index we cannot tell an unloaded service from a made-up one.
      complete = catalog.hasIndex && !catalog.hasService(compiled.service);
      candidates = [];
    }
  } else {
    const known = catalog.hasIndex ? catalog.servicePrefixes() : catalog.loadedServices();
    const serviceGlob = compiled.serviceGlob;
    candidates = known.filter(
      (prefix) => serviceGlob !== undefined && globMatch(serviceGlob, prefix),
    );
    complete = catalog.hasIndex && candidates.every((prefix) => catalog.isLoaded(prefix));
  }
  const glob = compiled.glob;
  const matches: ActionInfo[] = [];
  if (glob === undefined) return { matches, complete };
  for (const prefix of candidates) {
    for (const action of catalog.actionsOf(prefix)) {
      if (globMatch(glob, action.id)) matches.push(action);
    }
  }
  return { matches, complete };
}
