import { useEffect } from 'react';
import { useStore, type AppState } from '../store';
import { lessonKey, saveWorkspace } from './persistence';

/**
 * Saves the workspace being shown: the user's own, or the open lesson's under its own key. The
 * theme, language and editor width are the user's choices wherever they are, so they live with
 * the user's own entry (kept aside, unchanged, while a lesson is open).
 */
function save(s: AppState): void {
  const prefs = { theme: s.theme, lang: s.lang, editorFraction: s.editorFraction };
  const shown = {
    scenario: s.scenario,
    activeDoc: s.activeDoc,
    expanded: s.expanded,
    disabledLayers: s.disabledLayers,
  };
  if (s.lesson === undefined) {
    saveWorkspace({ ...shown, ...prefs });
    return;
  }
  saveWorkspace(shown, lessonKey(s.lesson));
  if (s.ownStash) {
    const { sim: _sim, ...own } = s.ownStash;
    saveWorkspace({ ...own, ...prefs });
  }
}

/** Saves the workspace to localStorage shortly after every change, so a reload restores everything. */
export function useAutosave(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => save(useStore.getState());
    const unsubscribe = useStore.subscribe((state, prev) => {
      // Switching workspaces: the one left is saved now, under its own key, with what it held.
      if (state.lesson !== prev.lesson) {
        clearTimeout(timer);
        save(prev);
      } else if (
        state.scenario === prev.scenario &&
        state.activeDoc === prev.activeDoc &&
        state.theme === prev.theme &&
        state.lang === prev.lang &&
        state.editorFraction === prev.editorFraction &&
        state.expanded === prev.expanded &&
        state.disabledLayers === prev.disabledLayers
      )
        return;
      clearTimeout(timer);
      timer = setTimeout(flush, 250);
    });
    // A reload or tab close right after typing must not lose the last keystrokes.
    window.addEventListener('pagehide', flush);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('pagehide', flush);
    };
  }, [enabled]);
}
