import { readScenarioValue, type DocId, type Scenario } from '../core/scenario';
import type { Lang } from '../i18n';
import type { Theme } from '../store';

const KEY = 'rolemap:workspace:v1';

/** What survives a reload: the scenario and the few view choices a user would expect to keep. */
export interface SavedWorkspace {
  scenario: Scenario;
  activeDoc?: DocId;
  theme?: Theme;
  lang?: Lang;
  editorFraction?: number;
  expanded?: string[];
  /** Layers switched off in the simulator. */
  disabledLayers?: string[];
}

/** Reads the autosaved workspace; a missing, corrupt or foreign entry gives undefined, never an exception. */
export function loadWorkspace(): SavedWorkspace | undefined {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const v = value as Record<string, unknown>;
    const read = readScenarioValue(v.scenario);
    if (!read.ok) return undefined;
    const out: SavedWorkspace = { scenario: read.scenario };
    if (typeof v.activeDoc === 'string') out.activeDoc = v.activeDoc;
    if (v.theme === 'light' || v.theme === 'dark') out.theme = v.theme;
    if (v.lang === 'en' || v.lang === 'ja') out.lang = v.lang;
    if (typeof v.editorFraction === 'number') out.editorFraction = v.editorFraction;
    if (Array.isArray(v.expanded))
      out.expanded = v.expanded.filter((e): e is string => typeof e === 'string');
    if (Array.isArray(v.disabledLayers))
      out.disabledLayers = v.disabledLayers.filter((e): e is string => typeof e === 'string');
    return out;
  } catch {
    return undefined;
  }
}

/** Writes the workspace; returns false when storage is full or disabled so the caller can tell the user. */
export function saveWorkspace(ws: SavedWorkspace): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(ws));
    return true;
  } catch {
    return false;
  }
}
