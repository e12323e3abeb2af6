/**
 * Action and NotAction matching: case-insensitive, `*` and `?` wildcards, entries indexed by
 * service prefix so a ReadOnlyAccess-sized list only tests the few entries of the asked service.
 */

import type { StringListElement } from '../policy/statements';
import type { JsonPath } from '../policy/types';
import { compileActionPattern, matchAction, type ActionPattern, type WorkBudget } from '../pattern';
import type { Note } from './codes';
import { isCut, noteListProblems } from './readStrings';

interface ActionEntry {
  pattern: ActionPattern;
  path: JsonPath;
}

export interface CompiledActions {
  key: 'Action' | 'NotAction';
  /** Entries whose service prefix has no wildcard, by lower-cased prefix. */
  byService: Map<string, ActionEntry[]>;
  /** Entries with a wildcard in the service prefix (or every action), tested for every action. */
  wild: ActionEntry[];
  /** The element listed more values than were read: an entry beyond the bound could match. */
  cut: boolean;
}

export interface ActionMatch {
  matched: boolean;
  /** The entry that matched (for Action) or, for NotAction, the entry that excluded the action. */
  path?: JsonPath;
  /** No entry was found, but the element was cut short: the answer is unknown. */
  cut?: true;
}

/** Compiles an Action/NotAction element once per policy; malformed entries match nothing. */
export function compileActions(
  key: 'Action' | 'NotAction',
  list: StringListElement,
  notes: Note[],
): CompiledActions {
  const out: CompiledActions = { key, byService: new Map(), wild: [], cut: isCut(list) };
  noteListProblems(list, key, notes);
  for (const item of list.values) {
    const pattern = compileActionPattern(item.value);
    if (pattern.kind === 'none') continue;
    const entry: ActionEntry = { pattern, path: item.path };
    if (pattern.service === undefined) {
      out.wild.push(entry);
    } else {
      const list = out.byService.get(pattern.service);
      if (list) list.push(entry);
      else out.byService.set(pattern.service, [entry]);
    }
  }
  return out;
}

function findEntry(
  actions: CompiledActions,
  action: string,
  budget: WorkBudget,
): ActionEntry | undefined {
  const lower = action.toLowerCase();
  const colon = lower.indexOf(':');
  const service = colon === -1 ? lower : lower.slice(0, colon);
  const candidates = actions.byService.get(service);
  if (candidates) {
    for (const entry of candidates) if (matchAction(entry.pattern, lower, budget)) return entry;
  }
  for (const entry of actions.wild) if (matchAction(entry.pattern, lower, budget)) return entry;
  return undefined;
}

/** Whether the statement's Action (or NotAction) element covers the requested action. */
export function matchActions(
  actions: CompiledActions,
  action: string,
  budget: WorkBudget,
): ActionMatch {
  const entry = findEntry(actions, action, budget);
  const cut = entry === undefined && actions.cut ? { cut: true as const } : {};
  if (actions.key === 'Action')
    return entry ? { matched: true, path: entry.path } : { matched: false, ...cut };
  return entry ? { matched: false, path: entry.path } : { matched: true, ...cut };
}
