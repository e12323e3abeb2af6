/**
 * Where workspaces are kept, behind one small interface: localStorage with IndexedDB for large
 * entries (tieredStorage.ts), a Map in the tests. Every method reports trouble instead of throwing.
 */
export interface WorkspaceStorage {
  /** The stored text, or undefined when absent or unreadable. */
  get(key: string): string | undefined;
  /** Stores the text; false when storage is full or turned off. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** Every key stored (for finding lesson workspaces saved before the list existed). */
  keys(): string[];
}

/** The browser's localStorage as a WorkspaceStorage; every access is guarded (it may be disabled). */
export const browserStorage: WorkspaceStorage = {
  get(key) {
    try {
      return window.localStorage.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  },
  set(key, value) {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key) {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Storage is off: there is nothing to remove.
    }
  },
  keys() {
    try {
      const out: string[] = [];
      for (let i = 0; i < window.localStorage.length; i++) {
        const key = window.localStorage.key(i);
        if (key !== null) out.push(key);
      }
      return out;
    } catch {
      return [];
    }
  },
};

/** An in-memory WorkspaceStorage (tests; `full` makes every write fail, like a full quota). */
export function memoryStorage(full = false): WorkspaceStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get: (key) => map.get(key),
    set: (key, value) => {
      if (full) return false;
      map.set(key, value);
      return true;
    },
    remove: (key) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

let active: WorkspaceStorage = browserStorage;
let off = false;
const failureListeners = new Set<() => void>();

/** Whether the browser keeps nothing at all (private mode, storage blocked): autosave is off. */
export function storageOff(): boolean {
  return off;
}

/** Marks storage as unusable for this visit (the page says so once). */
export function setStorageOff(value: boolean): void {
  off = value;
}

/** Tells the page that a write failed after the fact (an IndexedDB commit that did not happen). */
export function reportStorageFailure(): void {
  for (const listener of failureListeners) listener();
}

/** Listens for late write failures; returns the unsubscribe. */
export function onStorageFailure(listener: () => void): () => void {
  failureListeners.add(listener);
  return () => void failureListeners.delete(listener);
}

/** The storage the app reads and writes workspaces through. */
export function workspaceStorage(): WorkspaceStorage {
  return active;
}

/** Swaps the storage (tests, and the future IndexedDB adapter); returns the one it replaced. */
export function setWorkspaceStorage(next: WorkspaceStorage): WorkspaceStorage {
  const previous = active;
  active = next;
  return previous;
}
