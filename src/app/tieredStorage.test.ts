import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openEntries } from './idb';
import { isPointer, LARGE_ENTRY, loadLarge, tieredStorage } from './tieredStorage';

/** A localStorage stand-in with a quota in characters, like a browser's (about 5 M in Chromium). */
class FakeLocal {
  map = new Map<string, string>();
  constructor(private quota = 5_000_000) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    let used = key.length + value.length;
    for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

/** A workspace-shaped text of about `n` characters (a long policy pasted into the editor). */
function bigText(n: number): string {
  return JSON.stringify({ scenario: { doc: 'x'.repeat(n) } });
}

/** The storage as a page would open it: IndexedDB's entries read first, as after a reload. */
async function reopen(local: FakeLocal, factory: IDBFactory, failures: string[] = []) {
  const db = openEntries(factory);
  const large = (await loadLarge(db)) ?? new Map<string, string>();
  return tieredStorage(local, db, large, () => failures.push('failed'));
}

describe('tiered workspace storage', () => {
  it('keeps a small entry in localStorage, where the first picture reads it synchronously', async () => {
    const local = new FakeLocal();
    const factory = new IDBFactory();
    const storage = await reopen(local, factory);
    expect(storage.set('rolemap:workspace:v1', '{"a":1}')).toBe(true);
    expect(local.getItem('rolemap:workspace:v1')).toBe('{"a":1}');
    expect(await storage.settled()).toBe(true);
    expect((await loadLarge(openEntries(factory)))?.size).toBe(0);
  });

  it('gives back a 5 MB workspace whole after a reload, and localStorage holds only a pointer', async () => {
    const local = new FakeLocal();
    const factory = new IDBFactory();
    const text = bigText(5_000_000);
    const first = await reopen(local, factory);
    first.set('rolemap:workspace:v1', '{"old":true}');
    expect(first.set('rolemap:workspace:v1', text)).toBe(true);
    // Until IndexedDB has committed, the older full value stays (and leaving would be guarded).
    expect(first.pending()).toBe(true);
    expect(await first.settled()).toBe(true);
    expect(first.pending()).toBe(false);
    expect(isPointer(local.getItem('rolemap:workspace:v1'))).toBe(true);

    const again = await reopen(local, factory);
    expect(again.get('rolemap:workspace:v1')).toBe(text);
    expect(again.keys()).toContain('rolemap:workspace:v1');
  });

  it('moves an entry to IndexedDB when localStorage is full, and back when it fits again', async () => {
    const local = new FakeLocal(1000);
    const factory = new IDBFactory();
    const storage = await reopen(local, factory);
    const medium = bigText(2000);
    expect(medium.length).toBeLessThan(LARGE_ENTRY);
    storage.set('rolemap:workspace:w1:v1', medium);
    expect(await storage.settled()).toBe(true);
    expect((await reopen(local, factory)).get('rolemap:workspace:w1:v1')).toBe(medium);

    storage.set('rolemap:workspace:w1:v1', '{"small":1}');
    expect(await storage.settled()).toBe(true);
    expect(local.getItem('rolemap:workspace:w1:v1')).toBe('{"small":1}');
    expect((await loadLarge(openEntries(factory)))?.has('rolemap:workspace:w1:v1')).toBe(false);
  });

  it('says so when IndexedDB refuses a large entry, and keeps the last version that was stored', async () => {
    const local = new FakeLocal();
    const failures: string[] = [];
    const refused = Promise.reject(new Error('blocked'));
    refused.catch(() => undefined);
    const storage = tieredStorage(local, refused, new Map(), () => failures.push('failed'));
    storage.set('rolemap:workspace:v1', '{"kept":true}');
    storage.set('rolemap:workspace:v1', bigText(LARGE_ENTRY + 10));
    expect(await storage.settled()).toBe(false);
    expect(failures).toEqual(['failed']);
    expect(local.getItem('rolemap:workspace:v1')).toBe('{"kept":true}');
  });

  it('keeps a full localStorage’s entry in IndexedDB alone, over the older value it held', async () => {
    const local = new FakeLocal();
    local.setItem('rolemap:workspace:v1', '{"old":true}');
    const full = new FakeLocal(0);
    full.map = local.map; // the same entries, but no room for even a pointer
    const factory = new IDBFactory();
    const storage = await reopen(full, factory);
    expect(storage.set('rolemap:workspace:v1', '{"new":true}')).toBe(true);
    expect(await storage.settled()).toBe(true);
    expect(storage.get('rolemap:workspace:v1')).toBe('{"new":true}');
    expect((await reopen(full, factory)).get('rolemap:workspace:v1')).toBe('{"new":true}');
  });

  it('refuses a large entry at once when there is no IndexedDB at all', () => {
    const storage = tieredStorage(new FakeLocal(), undefined, new Map(), () => undefined);
    expect(storage.set('k', bigText(LARGE_ENTRY + 10))).toBe(false);
  });

  it('works from IndexedDB alone when localStorage is off', async () => {
    const factory = new IDBFactory();
    const db = openEntries(factory);
    const storage = tieredStorage(undefined, db, new Map(), () => undefined);
    storage.set('rolemap:workspaces:v1', '{"list":[]}');
    expect(await storage.settled()).toBe(true);
    const again = tieredStorage(undefined, db, (await loadLarge(db)) ?? new Map(), () => undefined);
    expect(again.get('rolemap:workspaces:v1')).toBe('{"list":[]}');
  });

  it('removes an entry from both places', async () => {
    const local = new FakeLocal();
    const factory = new IDBFactory();
    const storage = await reopen(local, factory);
    storage.set('big', bigText(LARGE_ENTRY + 10));
    await storage.settled();
    storage.remove('big');
    await storage.settled();
    expect(local.getItem('big')).toBeNull();
    expect((await reopen(local, factory)).get('big')).toBeUndefined();
  });

  it('re-reads a large entry another tab changed', async () => {
    const local = new FakeLocal();
    const factory = new IDBFactory();
    const tabA = await reopen(local, factory);
    const tabB = await reopen(local, factory);
    const text = bigText(LARGE_ENTRY + 10);
    tabB.set('rolemap:workspace:v1', text);
    await tabB.settled();
    expect(tabA.get('rolemap:workspace:v1')).toBeUndefined();
    expect(await tabA.refresh('rolemap:workspace:v1')).toBe(true);
    expect(tabA.get('rolemap:workspace:v1')).toBe(text);
  });

  it('rejects opening when IndexedDB does not exist (private mode in some browsers)', async () => {
    await expect(openEntries(undefined)).rejects.toThrow();
  });
});
