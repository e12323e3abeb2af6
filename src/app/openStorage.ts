/**
 * Chooses where this visit keeps workspaces before anything is drawn: localStorage with
 * IndexedDB for large entries, either alone when the other is off, or memory only (autosave off,
 * said once). The first picture waits for IndexedDB only when a large entry must be read.
 */
import { openEntries } from './idb';
import {
  memoryStorage,
  reportStorageFailure,
  setStorageOff,
  setWorkspaceStorage,
  type WorkspaceStorage,
} from './storage';
import { isPointer, loadLarge, tieredStorage, type TieredStorage } from './tieredStorage';

const PROBE = 'rolemap:probe';

/** The page's localStorage when it can be read (undefined when not), and whether it takes writes (not when full). */
function probeLocal(): { local?: Storage; writable: boolean } {
  let local: Storage;
  try {
    local = window.localStorage;
    local.getItem(PROBE);
  } catch {
    return { writable: false };
  }
  try {
    local.setItem(PROBE, '1');
    local.removeItem(PROBE);
    return { local, writable: true };
  } catch {
    return { local, writable: false };
  }
}

function hasPointer(local: Storage): boolean {
  try {
    for (let i = 0; i < local.length; i++) {
      const key = local.key(i);
      if (key !== null && isPointer(local.getItem(key))) return true;
    }
  } catch {
    return false;
  }
  return false;
}

let tiered: TieredStorage | undefined;

/** The tiered storage in use (for the unload guard and other tabs' changes), if any. */
export function activeTiered(): TieredStorage | undefined {
  return tiered;
}

/**
 * Sets up the workspace storage; resolves once what the first picture needs can be read. An
 * embed (`?embed=1`) touches no storage at all: it sits in someone else's page.
 */
export async function prepareStorage(search: string): Promise<WorkspaceStorage | undefined> {
  if (new URLSearchParams(search).get('embed') === '1') return undefined;
  const { local, writable } = probeLocal();
  let db: Promise<IDBDatabase> | undefined = openEntries();
  // Opened in the background: a failure is only known (and only matters) at the first large write.
  db.catch(() => undefined);
  let large = new Map<string, string>();
  // A full localStorage leaves entries in IndexedDB alone, without a pointer: read them all first.
  if (!local || !writable || hasPointer(local)) {
    const read = await loadLarge(db);
    if (read) large = read;
    else db = undefined;
  }
  if (!writable && !db) setStorageOff(true);
  if (!local && !db) {
    setStorageOff(true);
    const memory = memoryStorage();
    setWorkspaceStorage(memory);
    return memory;
  }
  tiered = tieredStorage(local, db, large, reportStorageFailure);
  setWorkspaceStorage(tiered);
  return tiered;
}
