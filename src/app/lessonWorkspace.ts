/**
 * Opening, resetting and leaving a lesson's workspace. A lesson never replaces the user's own
 * workspace: it has its own saved entry (`lessonKey`), and the user's is kept aside until they
 * go back. The URL says which lesson is open (`?lesson=<id>`), so a reload returns to it.
 */
import { useEffect } from 'react';
import { lessonById, lessonScenario } from '../features/lessons';
import { useStore, type WorkspaceSnapshot } from '../store';
import { lessonKey, loadWorkspace, markIntroSeen } from './persistence';
import { seedIn } from './seedIn';
import { lessonWorkspaceId, workspaceKey } from './workspaceIndex';

/** The lesson's workspace as the learner left it, else fresh, with comments in the UI language. */
function lessonWorkspace(id: string): WorkspaceSnapshot | undefined {
  const lesson = lessonById(id);
  if (!lesson) return undefined;
  const saved = loadWorkspace(lessonKey(id));
  if (!saved) return { scenario: lessonScenario(lesson, useStore.getState().lang) };
  return {
    scenario: saved.scenario,
    activeDoc: saved.activeDoc,
    expanded: saved.expanded,
    disabledLayers: saved.disabledLayers,
  };
}

/** Opens a lesson in its own workspace; false (and nothing changes) for an unknown id. */
export function openLesson(id: string): boolean {
  const state = useStore.getState();
  if (state.lesson === id) {
    state.setLessonPickerOpen(false);
    return true;
  }
  const workspace = lessonWorkspace(id);
  if (!workspace) return false;
  // The lesson's workspace joins the list (marked as a lesson) the first time it opens.
  const listId = lessonWorkspaceId(id);
  if (!state.workspaces.some((m) => m.id === listId)) {
    const now = Date.now();
    state.setWorkspaces([
      ...state.workspaces,
      { id: listId, name: '', createdAt: now, updatedAt: now, lesson: id },
    ]);
  }
  state.enterLesson(id, workspace);
  // A learner who has opened a lesson needs no first-visit intro any more.
  markIntroSeen();
  return true;
}

/** Back to the user's own workspace, exactly as they left it. */
export function leaveLesson(): void {
  const saved = loadWorkspace(workspaceKey({ id: useStore.getState().workspaceId }));
  useStore.getState().leaveLesson(
    saved
      ? {
          scenario: saved.scenario,
          activeDoc: saved.activeDoc,
          expanded: saved.expanded,
          disabledLayers: saved.disabledLayers,
        }
      : { scenario: seedIn(useStore.getState().lang) },
  );
}

/** Puts the open lesson back to how it starts, in the UI language (the caller has asked first). */
export function resetLesson(): void {
  const s = useStore.getState();
  const lesson = s.lesson === undefined ? undefined : lessonById(s.lesson);
  if (lesson) s.replaceScenario(lessonScenario(lesson, s.lang));
}

/** Keeps `?lesson=<id>` in the address bar in step with the open lesson (other parameters stay). */
export function useLessonUrl(enabled: boolean): void {
  const lesson = useStore((s) => s.lesson);
  useEffect(() => {
    if (!enabled) return;
    const url = new URL(window.location.href);
    if ((url.searchParams.get('lesson') ?? undefined) === lesson) return;
    if (lesson === undefined) url.searchParams.delete('lesson');
    else url.searchParams.set('lesson', lesson);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }, [enabled, lesson]);
}
