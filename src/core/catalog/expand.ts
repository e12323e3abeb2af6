/**
 * Action patterns with IAM semantics: `service:Name`, where both parts may hold `*` (any run,
 * including none) and `?` (exactly one character), compared case-insensitively; `*` alone
 * matches every action. A pattern without a colon (other than all stars) matches nothing — IAM
 * rejects such an action as malformed.
 */
import type { Catalog } from './Catalog';
import { splitAction } from './splitAction';
import type { ActionInfo } from './types';
import { createWildcardMatcher, hasWildcard, type WildcardMatcher } from './wildcard';

export interface ActionExpansion {
  /** Loaded actions the pattern matches, by service prefix then name. */
  matches: ActionInfo[];
  /** False when a service the pattern could match is not loaded yet (or the index is missing). */
  complete: boolean;
}

const CI = { caseInsensitive: true } as const;

function isAllStars(text: string): boolean {
  return /^\*+$/.test(text);
}

interface CompiledPattern {
  all: boolean;
  service?: WildcardMatcher;
  name?: WildcardMatcher;
}

function compile(pattern: string): CompiledPattern | undefined {
  if (typeof pattern !== 'string') return undefined;
  if (isAllStars(pattern)) return { all: true };
  const parts = splitAction(pattern);
  if (!parts) return undefined;
  return {
    all: false,
    service: createWildcardMatcher(parts.service, CI),
    name: createWildcardMatcher(parts.name, CI),
  };
}

/** Tests one action string against one pattern; the engine's action matcher, no catalog needed. */
export function matchesActionPattern(pattern: string, action: string): boolean {
  const compiled = compile(pattern);
  if (!compiled || typeof action !== 'string') return false;
  if (compiled.all) return true;
  const parts = splitAction(action);
  if (!parts) return false;
  return compiled.service?.(parts.service) === true && compiled.name?.(parts.name) === true;
}

/** Lists the loaded actions a pattern grants, and says whether the list could still grow. */
export function expandActionPattern(catalog: Catalog, pattern: string): ActionExpansion {
  const compiled = compile(pattern);
  if (!compiled) return { matches: [], complete: true };
  if (compiled.all) {
    return { matches: [...catalog.allLoadedActions()], complete: catalog.isComplete() };
  }
  const parts = splitAction(pattern);
  const matchName = compiled.name;
  const matchService = compiled.service;
  if (!parts || !matchName || !matchService) return { matches: [], complete: true };

  let candidates: string[];
  let complete = true;
  if (!hasWildcard(parts.service)) {
    candidates = [parts.service];
    if (!catalog.isLoaded(parts.service)) {
      // Without the index we cannot tell an unloaded service from a made-up one.
      complete = catalog.hasIndex && !catalog.hasService(parts.service);
      candidates = [];
    }
  } else {
    const known = catalog.hasIndex ? catalog.servicePrefixes() : catalog.loadedServices();
    candidates = known.filter((prefix) => matchService(prefix));
    complete = catalog.hasIndex && candidates.every((prefix) => catalog.isLoaded(prefix));
  }

  const matches: ActionInfo[] = [];
  for (const prefix of candidates) {
    for (const action of catalog.actionsOf(prefix)) {
      if (matchName(action.name)) matches.push(action);
    }
  }
  return { matches, complete };
}
