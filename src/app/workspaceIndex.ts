/**
 * The list of named workspaces: which exist, which is current, and the user's view choices that
 * hold across them. Each workspace's content is a SavedWorkspace under its own key; the first
 * one keeps the key Rolemap used before the list existed, so a returning user loses nothing.
 */
import { lessonById } from '../features/lessons';
import type { Lang } from '../i18n';
import type { Theme, WorkspaceMeta } from '../store';
import { DEFAULT_KEY, lessonKey, loadWorkspace } from './persistence';
import { workspaceStorage } from './storage';

export const INDEX_KEY = 'rolemap:workspaces:v1';
/** The id of the user's first workspace (saved under DEFAULT_KEY). */
export const DEFAULT_ID = 'default';
const MAX_WORKSPACES = 200;
const MAX_NAME = 200;

/** View choices that belong to the user, not to one workspace. */
export interface Prefs {
  theme?: Theme;
  lang?: Lang;
  editorFraction?: number;
}

export interface WorkspaceIndex {
  /** The user's workspace shown (or kept aside while a lesson is open): never a lesson's. */
  current: string;
  list: WorkspaceMeta[];
  prefs: Prefs;
}

/** The storage key of a workspace's content: the lesson's own entry, the old single entry, or its id's. */
export function workspaceKey(meta: Pick<WorkspaceMeta, 'id' | 'lesson'>): string {
  if (meta.lesson !== undefined) return lessonKey(meta.lesson);
  return meta.id === DEFAULT_ID ? DEFAULT_KEY : `rolemap:workspace:${meta.id}:v1`;
}

/** The list id of a lesson's workspace. */
export function lessonWorkspaceId(lesson: string): string {
  return `lesson:${lesson}`;
}

function readMeta(v: unknown): WorkspaceMeta | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const m = v as Record<string, unknown>;
  if (typeof m.id !== 'string' || !/^[\w:-]{1,80}$/.test(m.id)) return undefined;
  const meta: WorkspaceMeta = {
    id: m.id,
    name: typeof m.name === 'string' ? m.name.slice(0, MAX_NAME) : '',
    createdAt: typeof m.createdAt === 'number' ? m.createdAt : 0,
    updatedAt: typeof m.updatedAt === 'number' ? m.updatedAt : 0,
  };
  if (typeof m.lesson === 'string') {
    if (!lessonById(m.lesson)) return undefined;
    meta.lesson = m.lesson;
  }
  return meta;
}

function readPrefs(v: unknown): Prefs {
  if (typeof v !== 'object' || v === null) return {};
  const p = v as Record<string, unknown>;
  const out: Prefs = {};
  if (p.theme === 'light' || p.theme === 'dark') out.theme = p.theme;
  if (p.lang === 'en' || p.lang === 'ja') out.lang = p.lang;
  if (typeof p.editorFraction === 'number') out.editorFraction = p.editorFraction;
  return out;
}

/**
 * Workspaces saved under their own keys but missing from the list: lessons' entries from before
 * the list existed, or a workspace another tab added while this one wrote an older list. Nothing
 * stored is ever left out of sight.
 */
function unlisted(now: number, known: Set<string>): WorkspaceMeta[] {
  const out: WorkspaceMeta[] = [];
  for (const key of workspaceStorage().keys()) {
    const lesson = /^rolemap:lesson:(.+):v1$/.exec(key)?.[1];
    if (lesson !== undefined && lessonById(lesson) && !known.has(lessonWorkspaceId(lesson))) {
      out.push({ id: lessonWorkspaceId(lesson), name: '', createdAt: now, updatedAt: now, lesson });
      continue;
    }
    const id = /^rolemap:workspace:([\w-]{1,80}):v1$/.exec(key)?.[1];
    if (id === undefined || id === DEFAULT_ID || known.has(id)) continue;
    const saved = loadWorkspace(key);
    if (!saved) continue;
    const name = saved.scenario.title ?? saved.scenario.role.name;
    out.push({ id, name, createdAt: now, updatedAt: now });
  }
  return out;
}

/** The list with the workspaces another tab has added since (their entries are stored), appended. */
export function withOtherTabs(list: WorkspaceMeta[]): WorkspaceMeta[] {
  const extra = unlisted(Date.now(), new Set(list.map((m) => m.id)));
  return extra.length === 0 ? list : [...list, ...extra];
}

/**
 * Reads the list, migrating the single workspace of older versions (its entry stays where it is
 * and becomes the first workspace, named after its scenario) and any lesson entries. A missing or
 * corrupt list never loses an entry: it is rebuilt from what is stored.
 */
export function loadIndex(now: number): WorkspaceIndex {
  let value: unknown;
  try {
    value = JSON.parse(workspaceStorage().get(INDEX_KEY) ?? 'null');
  } catch {
    value = null;
  }
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const seen = new Set<string>();
  const list: WorkspaceMeta[] = [];
  for (const item of Array.isArray(v.list) ? v.list.slice(0, MAX_WORKSPACES) : []) {
    const meta = readMeta(item);
    if (meta && !seen.has(meta.id)) {
      seen.add(meta.id);
      list.push(meta);
    }
  }
  let prefs = readPrefs(v.prefs);
  if (!list.some((m) => m.lesson === undefined)) {
    // No list yet (or none readable): the old single entry, if any, is the first workspace.
    const old = loadWorkspace(DEFAULT_KEY);
    if (old && Object.keys(prefs).length === 0) prefs = readPrefs(old);
    // Unnamed, the first workspace is called "My workspace" in whichever language the UI speaks.
    const name = old?.scenario.title ?? old?.scenario.role.name ?? '';
    list.unshift({ id: DEFAULT_ID, name, createdAt: now, updatedAt: now });
    seen.add(DEFAULT_ID);
  }
  list.push(...unlisted(now, seen));
  const current =
    typeof v.current === 'string' && list.some((m) => m.id === v.current && !m.lesson)
      ? v.current
      : (list.find((m) => m.lesson === undefined)?.id ?? DEFAULT_ID);
  base = list;
  return { current, list, prefs };
}

let base: WorkspaceMeta[] = [];

/** The list as this tab last stored or read it: what another tab's list is merged against. */
export function indexBase(): WorkspaceMeta[] {
  return base;
}

/** Writes the list; false when storage is full or off. */
export function saveIndex(index: WorkspaceIndex): boolean {
  const ok = workspaceStorage().set(INDEX_KEY, JSON.stringify(index));
  if (ok) base = index.list;
  return ok;
}

/** A fresh id for a new workspace, unlike any in the list or in storage (another tab's). */
export function newWorkspaceId(list: readonly WorkspaceMeta[], now: number): string {
  const base = `w${now.toString(36)}`;
  let id = base;
  const taken = (x: string) =>
    list.some((m) => m.id === x) || workspaceStorage().get(workspaceKey({ id: x })) !== undefined;
  for (let i = 2; taken(id); i++) id = `${base}-${i}`;
  return id;
}

/** A name no other workspace has: `name`, else `name (2)`, `name (3)`… */
export function uniqueName(list: readonly WorkspaceMeta[], name: string): string {
  const taken = new Set(list.filter((m) => !m.lesson).map((m) => m.name));
  if (!taken.has(name)) return name;
  let i = 2;
  while (taken.has(`${name} (${i})`)) i++;
  return `${name} (${i})`;
}
