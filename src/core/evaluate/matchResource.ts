/**
 * Resource and NotResource matching (case-sensitive ARNs, segment-aware wildcards), with policy
 * variables substituted per request when the policy's Version supports them.
 */

import { compileResourcePattern, matchResourcePattern, type ResourcePattern } from '../pattern';
import type { WorkBudget } from '../pattern';
import type { StringListElement } from '../policy/statements';
import type { JsonPath } from '../policy/types';
import type { Note } from './codes';
import type { RequestContext } from './context';
import { isCut, noteListProblems } from './readStrings';
import { hasVariable, substitute } from './variables';

interface ResourceEntry {
  text: string;
  path: JsonPath;
  /** Compiled once when the entry has no variables; otherwise compiled per request. */
  pattern?: ResourcePattern;
}

export interface CompiledResources {
  key: 'Resource' | 'NotResource';
  entries: ResourceEntry[];
  /** The element listed more values than were read: an entry beyond the bound could match. */
  cut: boolean;
}

export interface ResourceMatch {
  matched: boolean;
  path?: JsonPath;
  /** Variables that could not be resolved from the context. */
  unresolved: string[];
  /** No entry was found, but the element was cut short: the answer is unknown. */
  cut?: true;
}

/** Compiles a Resource/NotResource element once per policy. */
export function compileResources(
  key: 'Resource' | 'NotResource',
  list: StringListElement,
  variables: boolean,
  notes: Note[],
): CompiledResources {
  noteListProblems(list, key, notes);
  const entries = list.values.map((item) => {
    const entry: ResourceEntry = { text: item.value, path: item.path };
    if (!variables || !hasVariable(item.value)) entry.pattern = compileResourcePattern(item.value);
    return entry;
  });
  return { key, entries, cut: isCut(list) };
}

function findEntry(
  resources: CompiledResources,
  resource: string,
  context: RequestContext,
  unresolved: string[],
  budget: WorkBudget,
): ResourceEntry | undefined {
  for (const entry of resources.entries) {
    let pattern = entry.pattern;
    if (pattern === undefined) {
      const sub = substitute(entry.text, context);
      if (sub.unresolved.length > 0) {
        // A variable with no value in the request makes this entry match nothing.
        unresolved.push(...sub.unresolved);
        continue;
      }
      pattern = compileResourcePattern(sub.parts);
    }
    if (matchResourcePattern(pattern, resource, budget)) return entry;
  }
  return undefined;
}

/** Whether the statement's Resource (or NotResource) element covers the requested resource. */
export function matchResources(
  resources: CompiledResources,
  resource: string,
  context: RequestContext,
  budget: WorkBudget,
): ResourceMatch {
  const unresolved: string[] = [];
  const entry = findEntry(resources, resource, context, unresolved, budget);
  if (entry) return { matched: resources.key === 'Resource', path: entry.path, unresolved };
  const cut = resources.cut ? { cut: true as const } : {};
  return { matched: resources.key === 'NotResource', unresolved, ...cut };
}
