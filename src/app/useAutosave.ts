import { useEffect } from 'react';
import { useStore } from '../store';
import { saveWorkspace } from './persistence';

/** Saves the workspace to localStorage shortly after every change, so a reload restores everything. */
export function useAutosave(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      const s = useStore.getState();
      saveWorkspace({
        scenario: s.scenario,
        activeDoc: s.activeDoc,
        theme: s.theme,
        lang: s.lang,
        editorFraction: s.editorFraction,
        expanded: s.expanded,
        disabledLayers: s.disabledLayers,
      });
    };
    const unsubscribe = useStore.subscribe((state, prev) => {
      if (
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
