import { useSyncExternalStore } from 'react';

/**
 * Phones only: at this width the editor, the graph and the simulator become full-screen tabs. A
 * 768-wide tablet keeps the stacked layout (styles.css); layout.css uses the same width.
 */
export const PHONE_QUERY = '(max-width: 640px)';

/** Below this width the top bar folds language, theme and share into its menu too (layout.css). */
export const NARROW_BAR_QUERY = '(max-width: 1199px)';

/** Whether a media query matches now (re-renders when that changes, e.g. on rotation or resize). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** True while the window is phone-sized. */
export function useIsPhone(): boolean {
  return useMediaQuery(PHONE_QUERY);
}
