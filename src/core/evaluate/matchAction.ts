/**
 * Action and NotAction matching: case-insensitive, `*` and `?` wildcards, entries indexed by
 * service prefix so a ReadOnlyAccess-sized list only tests the few entries of the asked service.
 */

import type { JsonPath } from '../policy/types';
import { compileGlob, globMatch, type Glob } from './glob';
import { readStrings } from './readStrings';

interface ActionEntry {
  glob: Glob;
  path: JsonPath;
}

export interface CompiledActions {
  key: 'Action' | 'NotAction';
  /** Entries whose service prefix has no wildcard, by lower-cased prefix. */
  byService: Map<string, ActionEntry[]>;
  /** Entries with a wildcard in the service prefix (or no colon at all), tested for every action. */
  wild: ActionEntry[];
}

export interface ActionMatch {
  matched: boolean;
  /** The entry that matched (for Action) or, for NotAction, the entry that excluded the action. */
  path?: JsonPath;
}

/** Compiles an Action/NotAction element once per policy. */
export function compileActions(
  key: 'Action' | 'NotAction',
  value: unknown,
  statementPath: JsonPath,
  notes: string[],
): CompiledActions {
  const out: CompiledActions = { key, byService: new Map(), wild: [] };
  for (const item of readStrings(value, [...statementPath, key], key, notes)) {
    const lower = item.text.toLowerCase();
    const entry: ActionEntry = { glob: compileGlob(lower), path: item.path };
    const colon = lower.indexOf(':');
    const service = colon === -1 ? undefined : lower.slice(0, colon);
    if (service === undefined || service.includes('*') || service.includes('?')) {
      out.wild.push(entry);
    } else {
      const list = out.byService.get(service);
      if (list) list.push(entry);
      else out.byService.set(service, [entry]);
    }
  }
  return out;
}

function findEntry(actions: CompiledActions, action: string): ActionEntry | undefined {
  const lower = action.toLowerCase();
  const colon = lower.indexOf(':');
  const service = colon === -1 ? lower : lower.slice(0, colon);
  const candidates = actions.byService.get(service);
  if (candidates) {
    for (const entry of candidates) if (globMatch(entry.glob, lower)) return entry;
  }
  for (const entry of actions.wild) if (globMatch(entry.glob, lower)) return entry;
  return undefined;
}

/** Whether the statement's Action (or NotAction) element covers the requested action. */
export function matchActions(actions: CompiledActions, action: string): ActionMatch {
  const entry = findEntry(actions, action);
  if (actions.key === 'Action')
    return entry ? { matched: true, path: entry.path } : { matched: false };
  return entry ? { matched: false, path: entry.path } : { matched: true };
}
