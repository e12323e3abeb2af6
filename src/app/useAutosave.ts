import { useEffect, useState } from 'react';
import { useStore, type AppState } from '../store';
import { activeTiered } from './openStorage';
import { saveWorkspace } from './persistence';
import { onStorageFailure, storageOff } from './storage';
import { saveIndex, withOtherTabs, workspaceKey } from './workspaceIndex';

/**
 * Saves the workspace being shown under its own key (one of the user's, or the open lesson's),
 * the user's workspace kept aside behind a lesson, and the list with the user's view choices
 * (theme, language, editor width), which hold across workspaces. A workspace no longer in the
 * list (just deleted) is never written back. False when any write failed.
 */
export function saveAll(s: AppState): boolean {
  const listed = (id: string) => s.workspaces.some((m) => m.id === id);
  let ok = saveIndex({
    current: s.workspaceId,
    list: s.workspaces,
    prefs: { theme: s.theme, lang: s.lang, editorFraction: s.editorFraction },
  });
  const shown = {
    scenario: s.scenario,
    activeDoc: s.activeDoc,
    expanded: s.expanded,
    disabledLayers: s.disabledLayers,
  };
  const own = s.workspaces.find((m) => m.id === s.workspaceId && m.lesson === undefined);
  if (s.lesson === undefined) {
    if (own) ok = saveWorkspace(shown, workspaceKey(own)) && ok;
    return ok;
  }
  const lesson = s.workspaces.find((m) => m.lesson === s.lesson);
  if (lesson && listed(lesson.id)) ok = saveWorkspace(shown, workspaceKey(lesson)) && ok;
  if (s.ownStash && own) {
    const { sim: _sim, ...kept } = s.ownStash;
    ok = saveWorkspace(kept, workspaceKey(own)) && ok;
  }
  return ok;
}

/** The shown workspace's list entry with its edit time moved on (after its scenario changed). */
function touched(s: AppState): AppState['workspaces'] {
  const now = Date.now();
  return s.workspaces.map((m) =>
    (s.lesson !== undefined ? m.lesson === s.lesson : m.id === s.workspaceId && !m.lesson)
      ? { ...m, updatedAt: now }
      : m,
  );
}

/** Saves everything now (before risky work, or when a panel has crashed); false when a write failed. */
export function saveNow(): boolean {
  return saveAll(useStore.getState());
}

/**
 * Saves to storage shortly after every change, so a reload restores everything; returns whether
 * a save has failed or storage is off altogether (private mode, blocked), so the page can say so
 * once instead of losing work silently. Leaving while a large save is still being written asks first.
 */
export function useAutosave(enabled: boolean): boolean {
  const [failed, setFailed] = useState(() => enabled && storageOff());
  useEffect(() => {
    if (!enabled) return;
    const stopListening = onStorageFailure(() => setFailed(true));
    const guard = (e: BeforeUnloadEvent) => {
      if (activeTiered()?.pending()) e.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let edited = false;
    const record = (ok: boolean) => {
      if (!ok) setFailed(true);
    };
    const flush = () => {
      const now = useStore.getState();
      // Workspaces another tab added stay listed: this tab's older list must not hide them.
      const list = withOtherTabs(edited ? touched(now) : now.workspaces);
      edited = false;
      if (list !== now.workspaces) now.setWorkspaces(list);
      record(saveAll(useStore.getState()));
    };
    const unsubscribe = useStore.subscribe((state, prev) => {
      // Switching workspaces: the one left is saved now, under its own key, with what it held.
      if (state.lesson !== prev.lesson || state.workspaceId !== prev.workspaceId) {
        clearTimeout(timer);
        // The list as it is now (a workspace just added or deleted counts), edit time moved on.
        const left = { ...prev, workspaces: state.workspaces };
        const list = edited ? touched(left) : state.workspaces;
        edited = false;
        record(saveAll({ ...left, workspaces: list }));
        if (list !== state.workspaces) useStore.getState().setWorkspaces(list);
      } else if (
        state.scenario === prev.scenario &&
        state.activeDoc === prev.activeDoc &&
        state.theme === prev.theme &&
        state.lang === prev.lang &&
        state.editorFraction === prev.editorFraction &&
        state.expanded === prev.expanded &&
        state.disabledLayers === prev.disabledLayers &&
        state.workspaces === prev.workspaces
      )
        return;
      else if (state.scenario !== prev.scenario) edited = true;
      clearTimeout(timer);
      timer = setTimeout(flush, 250);
    });
    // A reload or tab close right after typing must not lose the last keystrokes.
    window.addEventListener('pagehide', flush);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      stopListening();
      window.removeEventListener('beforeunload', guard);
      window.removeEventListener('pagehide', flush);
    };
  }, [enabled]);
  return failed;
}
