import { useCallback, useSyncExternalStore } from 'react';

/** The visitor's choice of what Tab does in the editor: a preference of this browser, not of the scenario. */
const KEY = 'rolemap:pref:tabIndent';
const listeners = new Set<() => void>();
/** Where the choice lives when storage is unavailable (private mode, a sandboxed frame). */
let memory = false;

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return memory;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * Whether Tab indents in the policy editor (off by default: Tab moves the focus on, so it never
 * changes a policy's text unasked), and a setter that remembers the choice in localStorage.
 */
export function useTabIndent(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, read, () => false);
  const set = useCallback((next: boolean) => {
    try {
      if (next) window.localStorage.setItem(KEY, '1');
      else window.localStorage.removeItem(KEY);
    } catch {
      memory = next;
    }
    for (const l of listeners) l();
  }, []);
  return [on, set];
}
