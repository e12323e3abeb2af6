import {
  docIdsOf,
  readScenarioValue,
  toScenarioFile,
  withDocIds,
  type DocId,
  type Scenario,
} from '../core';
import type { Lang } from '../i18n';
import type { Theme } from '../store';
import { workspaceStorage } from './storage';

/** The entry of the user's first workspace: the one key Rolemap used before it had a list. */
export const DEFAULT_KEY = 'rolemap:workspace:v1';
const KEY = DEFAULT_KEY;

/** Where a lesson's own workspace is saved: apart from the user's, one entry per lesson. */
export function lessonKey(id: string): string {
  return `rolemap:lesson:${id}:v1`;
}

/** What survives a reload: the scenario and the few view choices a user would expect to keep. */
export interface SavedWorkspace {
  scenario: Scenario;
  activeDoc?: DocId;
  theme?: Theme;
  lang?: Lang;
  editorFraction?: number;
  expanded?: string[];
  /** Documents switched off in the simulator. */
  disabledLayers?: DocId[];
}

/** Whether a saved id still names a document of the scenario (an old or foreign entry is dropped). */
function docIdOf(scenario: Scenario, id: unknown): DocId | undefined {
  if (typeof id !== 'string') return undefined;
  const ids: string[] = [
    'trust',
    ...scenario.role.permissionPolicies.map((p) => p.id),
    ...(scenario.role.permissionsBoundary !== undefined ? ['boundary'] : []),
    ...(scenario.sessionPolicy !== undefined ? ['session'] : []),
    ...(scenario.scps ?? []).map((s) => s.id),
    ...(scenario.rcps ?? []).map((s) => s.id),
    ...(scenario.endpointPolicy !== undefined ? ['endpoint'] : []),
    ...(scenario.resourcePolicy !== undefined ? ['resource'] : []),
  ];
  return ids.includes(id) ? (id as DocId) : undefined;
}

/** What this tab last wrote or read under each key: a save that would write the same is skipped. */
const known = new Map<string, string>();

/** The text this tab last saw stored under `key` (its own write or its last read). */
export function knownEntry(key: string): string | undefined {
  return known.get(key);
}

/** The text `saveWorkspace` would store for `ws` (to tell whether this tab has unsaved changes). */
export function workspaceText(ws: SavedWorkspace): string {
  const { scenario, ...rest } = ws;
  return JSON.stringify({
    ...rest,
    scenario: toScenarioFile(scenario),
    docIds: docIdsOf(scenario),
  });
}

/** Reads the autosaved workspace (the user's, or a lesson's under `lessonKey`); a missing, corrupt or foreign entry gives undefined, never an exception. */
export function loadWorkspace(key: string = KEY): SavedWorkspace | undefined {
  const raw = workspaceStorage().get(key);
  if (!raw) return undefined;
  known.set(key, raw);
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const v = value as Record<string, unknown>;
    const read = readScenarioValue(v.scenario);
    if (!read.ok) return undefined;
    // The file form plus the documents' ids, so tabs, switches and expansions keep pointing right.
    const scenario = withDocIds(read.scenario, v.docIds);
    const out: SavedWorkspace = { scenario };
    const active = docIdOf(scenario, v.activeDoc);
    if (active !== undefined) out.activeDoc = active;
    if (v.theme === 'light' || v.theme === 'dark') out.theme = v.theme;
    if (v.lang === 'en' || v.lang === 'ja') out.lang = v.lang;
    if (typeof v.editorFraction === 'number') out.editorFraction = v.editorFraction;
    if (Array.isArray(v.expanded))
      out.expanded = v.expanded.filter((e): e is string => typeof e === 'string');
    if (Array.isArray(v.disabledLayers))
      out.disabledLayers = v.disabledLayers.flatMap((e) => docIdOf(scenario, e) ?? []);
    return out;
  } catch {
    return undefined;
  }
}

/**
 * Writes the workspace; returns false when storage is full or disabled so the caller can tell the
 * user. Unchanged since this tab last wrote or read it, nothing is written: re-saving a theme
 * never puts back an older copy over another tab's edit.
 */
export function saveWorkspace(ws: SavedWorkspace, key: string = KEY): boolean {
  try {
    const text = workspaceText(ws);
    if (known.get(key) === text && workspaceStorage().get(key) !== undefined) return true;
    const ok = workspaceStorage().set(key, text);
    if (ok) known.set(key, text);
    return ok;
  } catch {
    return false;
  }
}

const INTRO_KEY = 'rolemap:intro:v1';

/** Whether the first-visit intro was dismissed, or made moot by a lesson (storage off: say yes, never nag). */
export function introSeen(): boolean {
  try {
    return window.localStorage.getItem(INTRO_KEY) !== null;
  } catch {
    return true;
  }
}

/** Remembers that the first-visit intro is done with, so it never shows again. */
export function markIntroSeen(): void {
  try {
    window.localStorage.setItem(INTRO_KEY, 'seen');
  } catch {
    // Storage is off: the intro goes away for this visit and the next one starts fresh anyway.
  }
}
