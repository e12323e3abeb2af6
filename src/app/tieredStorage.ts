/**
 * Workspaces kept where they fit: localStorage for the usual small entry (read synchronously, so
 * the first picture never waits), IndexedDB for an entry too large for it (a 5 MB paste). The
 * localStorage key of a large entry then holds a pointer, so clearing site data, listing keys and
 * other tabs' `storage` events keep working the same for both.
 */
import { deleteOne, readAll, readOne, writeOne } from './idb';
import type { WorkspaceStorage } from './storage';

/** What a localStorage key holds when its entry lives in IndexedDB (plus a revision, so every write is seen). */
export const POINTER = 'rolemap-idb:v1:';
/** Entries longer than this go to IndexedDB, leaving localStorage's small quota to the others. */
export const LARGE_ENTRY = 512 * 1024;

type LocalStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface TieredStorage extends WorkspaceStorage {
  /** Whether an IndexedDB write has not committed yet (leaving now would lose it). */
  pending(): boolean;
  /** Resolves when every write started so far has settled; false when one failed. */
  settled(): Promise<boolean>;
  /** Re-reads one large entry from IndexedDB (another tab changed it); false when unreadable. */
  refresh(key: string): Promise<boolean>;
}

/** Whether a stored localStorage value is a pointer to an IndexedDB entry. */
export function isPointer(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.startsWith(POINTER);
}

/**
 * Builds the storage over a localStorage (undefined when it is off) and an IndexedDB database
 * (undefined when that is off), starting from `large`, the IndexedDB entries already read.
 * `onFailure` hears of a write that failed after `set` had returned (IndexedDB is asynchronous).
 */
export function tieredStorage(
  local: LocalStore | undefined,
  db: Promise<IDBDatabase> | undefined,
  large: Map<string, string>,
  onFailure: () => void,
): TieredStorage {
  let inFlight = 0;
  let chain: Promise<boolean> = Promise.resolve(true);
  let revision = 0;
  const track = (work: Promise<unknown>) => {
    inFlight++;
    const step = work.then(
      () => true,
      () => {
        onFailure();
        return false;
      },
    );
    const prev = chain;
    chain = Promise.all([prev, step]).then(([a, b]) => a && b);
    void step.finally(() => inFlight--);
    return step;
  };
  const localGet = (key: string): string | null => {
    try {
      return local ? local.getItem(key) : null;
    } catch {
      return null;
    }
  };
  const writeLarge = (key: string, value: string): boolean => {
    if (!db) return false;
    large.set(key, value);
    const mark = `${POINTER}${Date.now().toString(36)}.${(revision++).toString(36)}`;
    void track(
      db
        .then((d) => writeOne(d, key, value))
        .then(() => {
          if (!local) return;
          // The pointer replaces the old full value only once the new one is committed.
          try {
            local.removeItem(key);
            local.setItem(key, mark);
          } catch {
            // localStorage refused even a pointer: the entry is found in IndexedDB alone.
          }
        }),
    );
    return true;
  };
  return {
    get(key) {
      const v = localGet(key);
      if (v === null || isPointer(v)) return large.get(key);
      return v;
    },
    set(key, value) {
      if (local && value.length <= LARGE_ENTRY) {
        try {
          local.setItem(key, value);
          if (large.delete(key) && db) void track(db.then((d) => deleteOne(d, key)));
          return true;
        } catch {
          // Full: IndexedDB has more room.
        }
      }
      return writeLarge(key, value);
    },
    remove(key) {
      try {
        local?.removeItem(key);
      } catch {
        // Storage is off: nothing to remove there.
      }
      if (large.delete(key) && db) void track(db.then((d) => deleteOne(d, key)));
    },
    keys() {
      const out = new Set(large.keys());
      try {
        if (local) {
          for (let i = 0; i < local.length; i++) {
            const key = local.key(i);
            if (key !== null) out.add(key);
          }
        }
      } catch {
        // Unreadable: the large entries are all there is.
      }
      return [...out];
    },
    pending: () => inFlight > 0,
    settled: () => chain,
    async refresh(key) {
      if (!db) return false;
      try {
        const value = await readOne(await db, key);
        if (value === undefined) large.delete(key);
        else large.set(key, value);
        return value !== undefined;
      } catch {
        return false;
      }
    },
  };
}

/** Reads every IndexedDB entry (an empty map when the database cannot be read). */
export async function loadLarge(
  db: Promise<IDBDatabase>,
): Promise<Map<string, string> | undefined> {
  try {
    return await readAll(await db);
  } catch {
    return undefined;
  }
}
