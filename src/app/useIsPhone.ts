import { useSyncExternalStore } from 'react';

/**
 * Phones only: at this width the editor, the graph and the simulator become full-screen tabs. A
 * 768-wide tablet keeps the stacked layout (styles.css); layout.css uses the same width.
 */
export const PHONE_QUERY = '(max-width: 640px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True while the window is phone-sized (re-renders when that changes, e.g. on rotation). */
export function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );
}
