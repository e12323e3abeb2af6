/**
 * Operations on the list of named workspaces: switch, create, rename, duplicate, delete and undo.
 * The store holds the list and what is shown; the content of a workspace not shown is in storage.
 */
import type { Scenario } from '../core';
import { translate } from '../i18n';
import { useStore, type WorkspaceMeta, type WorkspaceSnapshot } from '../store';
import { leaveLesson, openLesson } from './lessonWorkspace';
import { loadWorkspace, saveWorkspace } from './persistence';
import { seedIn } from './seedIn';
import { workspaceStorage } from './storage';
import { newWorkspaceId, uniqueName, workspaceKey } from './workspaceIndex';

/** A workspace's saved content as a snapshot (view state included), or undefined when none is stored. */
export function storedSnapshot(meta: WorkspaceMeta): WorkspaceSnapshot | undefined {
  const saved = loadWorkspace(workspaceKey(meta));
  if (!saved) return undefined;
  return {
    scenario: saved.scenario,
    activeDoc: saved.activeDoc,
    expanded: saved.expanded,
    disabledLayers: saved.disabledLayers,
  };
}

/** A workspace's scenario wherever it is now: on screen, kept aside behind a lesson, or in storage. */
export function scenarioOf(meta: WorkspaceMeta): Scenario | undefined {
  const s = useStore.getState();
  if (meta.lesson !== undefined)
    return s.lesson === meta.lesson ? s.scenario : storedSnapshot(meta)?.scenario;
  if (meta.id === s.workspaceId)
    return s.lesson === undefined
      ? s.scenario
      : (s.ownStash?.scenario ?? storedSnapshot(meta)?.scenario);
  return storedSnapshot(meta)?.scenario;
}

/** Shows one of the user's workspaces (leaving a lesson if one is open). */
export function switchTo(id: string): void {
  const s = useStore.getState();
  const meta = s.workspaces.find((m) => m.id === id && m.lesson === undefined);
  if (!meta) return;
  if (id === s.workspaceId) {
    if (s.lesson !== undefined) leaveLesson();
    return;
  }
  s.switchWorkspace(id, storedSnapshot(meta) ?? { scenario: seedIn(s.lang) });
}

/** Adds a workspace holding `scenario`, saved at once, and shows it; false when storage refused it. */
export function createWorkspace(scenario: Scenario, name: string): boolean {
  const s = useStore.getState();
  const now = Date.now();
  const meta: WorkspaceMeta = {
    id: newWorkspaceId(s.workspaces, now),
    name: uniqueName(s.workspaces, name.trim() || translate(s.lang, 'workspaces.untitled')),
    createdAt: now,
    updatedAt: now,
  };
  const ok = saveWorkspace({ scenario }, workspaceKey(meta));
  const own = s.workspaces.filter((m) => m.lesson === undefined);
  const lessons = s.workspaces.filter((m) => m.lesson !== undefined);
  s.setWorkspaces([...own, meta, ...lessons]);
  s.switchWorkspace(meta.id, { scenario });
  return ok;
}

/** A new workspace from the example, so starting over never overwrites anything. */
export function newFromExample(): void {
  const lang = useStore.getState().lang;
  const seed = seedIn(lang);
  createWorkspace(seed, seed.title ?? '');
}

/** Renames a workspace; a blank name is ignored (every workspace keeps a name). */
export function renameWorkspace(id: string, name: string): void {
  const s = useStore.getState();
  const clean = name.trim().slice(0, 200);
  if (clean === '') return;
  s.setWorkspaces(s.workspaces.map((m) => (m.id === id ? { ...m, name: clean } : m)));
}

/** A copy of a workspace (a lesson's too: the copy is the user's own), shown at once. */
export function duplicateWorkspace(id: string, shownName: (meta: WorkspaceMeta) => string): void {
  const s = useStore.getState();
  const meta = s.workspaces.find((m) => m.id === id);
  const scenario = meta ? scenarioOf(meta) : undefined;
  if (!meta || !scenario) return;
  createWorkspace(scenario, translate(s.lang, 'workspaces.copyName', { name: shownName(meta) }));
}

/** What a delete took away, kept so that Undo can put it back exactly. */
export interface DeletedWorkspace {
  meta: WorkspaceMeta;
  position: number;
  /** The stored entry as it was (undefined when it had never been saved). */
  entry: string | undefined;
  /** It was the workspace on screen: Undo shows it again. */
  wasShown: boolean;
}

/**
 * Deletes a workspace. The one on screen gives way to another of the user's (a fresh example
 * when it was the last); a lesson's open workspace closes. The caller offers Undo.
 */
export function deleteWorkspace(id: string): DeletedWorkspace | undefined {
  const s = useStore.getState();
  const position = s.workspaces.findIndex((m) => m.id === id);
  const meta = s.workspaces[position];
  if (!meta) return undefined;
  // Whatever is on screen is saved first, so the entry kept for Undo is the latest.
  const shownLesson = meta.lesson !== undefined && s.lesson === meta.lesson;
  const shownOwn = meta.lesson === undefined && meta.id === s.workspaceId;
  if (shownLesson || (shownOwn && s.lesson === undefined))
    saveWorkspace(
      {
        scenario: s.scenario,
        activeDoc: s.activeDoc,
        expanded: s.expanded,
        disabledLayers: s.disabledLayers,
      },
      workspaceKey(meta),
    );
  else if (shownOwn && s.ownStash) saveWorkspace(s.ownStash, workspaceKey(meta));
  const entry = workspaceStorage().get(workspaceKey(meta));
  const rest = s.workspaces.filter((m) => m.id !== id);
  s.setWorkspaces(rest);
  workspaceStorage().remove(workspaceKey(meta));
  if (shownLesson) leaveLesson();
  else if (shownOwn) {
    const next = rest.find((m) => m.lesson === undefined);
    if (next)
      useStore
        .getState()
        .switchWorkspace(next.id, storedSnapshot(next) ?? { scenario: seedIn(s.lang) });
    else newFromExample();
  }
  return { meta, position, entry, wasShown: shownLesson || (shownOwn && s.lesson === undefined) };
}

/** Undoes a delete: the entry and its place in the list come back, and it is shown if it was. */
export function restoreWorkspace(deleted: DeletedWorkspace): void {
  const { meta, position, entry, wasShown } = deleted;
  const s = useStore.getState();
  if (s.workspaces.some((m) => m.id === meta.id)) return;
  if (entry !== undefined) workspaceStorage().set(workspaceKey(meta), entry);
  const list = [...s.workspaces];
  list.splice(Math.min(position, list.length), 0, meta);
  s.setWorkspaces(list);
  if (!wasShown) return;
  if (meta.lesson !== undefined) openLesson(meta.lesson);
  else switchTo(meta.id);
}
