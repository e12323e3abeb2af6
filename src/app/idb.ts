/**
 * The few IndexedDB calls Rolemap needs (one object store of text entries), as promises that
 * reject instead of throwing and give up after a while when the database is blocked.
 */
const DB_NAME = 'rolemap';
const STORE = 'entries';
const OPEN_TIMEOUT_MS = 3000;

/** Opens (creating on first use) Rolemap's database; rejects when IndexedDB is off, blocked or hangs. */
export function openEntries(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), OPEN_TIMEOUT_MS);
    const done = (f: () => void) => {
      clearTimeout(timer);
      f();
    };
    try {
      if (!factory) throw new Error('unavailable');
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => done(() => resolve(req.result));
      req.onerror = () => done(() => reject(req.error ?? new Error('open')));
      req.onblocked = () => done(() => reject(new Error('blocked')));
    } catch (e) {
      done(() => reject(e instanceof Error ? e : new Error('open')));
    }
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write'));
    tx.onabort = () => reject(tx.error ?? new Error('abort'));
  });
}

/** Every stored entry, read in one transaction (the app loads them before it draws anything big). */
export async function readAll(db: IDBDatabase): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const tx = db.transaction(STORE, 'readonly');
  const store = tx.objectStore(STORE);
  const keys = store.getAllKeys();
  const values = store.getAll();
  await finished(tx);
  keys.result.forEach((key, i) => {
    const value: unknown = values.result[i];
    if (typeof key === 'string' && typeof value === 'string') out.set(key, value);
  });
  return out;
}

/** One entry, read afresh (another tab wrote it). */
export async function readOne(db: IDBDatabase, key: string): Promise<string | undefined> {
  const tx = db.transaction(STORE, 'readonly');
  const req = tx.objectStore(STORE).get(key);
  await finished(tx);
  const value: unknown = req.result;
  return typeof value === 'string' ? value : undefined;
}

/** Stores one entry; resolves once it is durably committed. */
export async function writeOne(db: IDBDatabase, key: string, value: string): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).put(value, key);
  await finished(tx);
}

/** Deletes one entry. */
export async function deleteOne(db: IDBDatabase, key: string): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).delete(key);
  await finished(tx);
}
