import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedScenario, withTitle } from '../core';
import { useStore } from '../store';
import { loadWorkspace, saveWorkspace, workspaceText } from './persistence';
import { memoryStorage, setWorkspaceStorage, type WorkspaceStorage } from './storage';
import { saveAll } from './useAutosave';
import { takeList, takeWorkspace } from './useTabSync';
import { DEFAULT_ID, INDEX_KEY, workspaceKey } from './workspaceIndex';

let storage: ReturnType<typeof memoryStorage>;
let previous: WorkspaceStorage;
const meta = { id: DEFAULT_ID, name: 'Mine', createdAt: 1, updatedAt: 1 };
const key = workspaceKey(meta);

beforeEach(() => {
  storage = memoryStorage();
  previous = setWorkspaceStorage(storage);
  const s = useStore.getState();
  if (s.lesson !== undefined) s.leaveLesson({ scenario: seedScenario() });
  s.setWorkspaces([meta]);
  s.switchWorkspace(DEFAULT_ID, { scenario: withTitle(seedScenario(), 'Here') });
  saveAll(useStore.getState());
});
afterEach(() => void setWorkspaceStorage(previous));

/** What another tab's autosave puts under the key. */
const otherTabSaves = (title: string) =>
  storage.map.set(key, workspaceText({ scenario: withTitle(seedScenario(), title) }));

describe('another tab saved the workspace on screen', () => {
  it('shows the other tab’s version when this tab has not edited since', () => {
    otherTabSaves('From tab B');
    expect(takeWorkspace(key)).toBeUndefined();
    expect(useStore.getState().scenario.title).toBe('From tab B');
    expect(useStore.getState().workspaces).toHaveLength(1);
  });

  it('keeps both when both edited: this tab’s on screen, the other’s as a workspace of its own', () => {
    useStore.getState().setTitle('Edited here, not saved yet');
    otherTabSaves('Edited in tab B');
    const name = takeWorkspace(key);
    expect(name).toBe('Mine (from another tab)');
    const s = useStore.getState();
    expect(s.scenario.title).toBe('Edited here, not saved yet');
    const copy = s.workspaces.find((m) => m.name === name);
    expect(copy).toBeDefined();
    expect(loadWorkspace(workspaceKey(copy!))?.scenario.title).toBe('Edited in tab B');
    // This tab's next save writes its own version under the key; the other's stays in the copy.
    saveAll(useStore.getState());
    expect(loadWorkspace(key)?.scenario.title).toBe('Edited here, not saved yet');
  });

  it('ignores a save of a workspace that is not on screen', () => {
    const other = 'rolemap:workspace:w5:v1';
    saveWorkspace({ scenario: withTitle(seedScenario(), 'Elsewhere') }, other);
    expect(takeWorkspace(other)).toBeUndefined();
    expect(useStore.getState().scenario.title).toBe('Here');
  });

  it('merges the other tab’s renamed list instead of keeping this tab’s older one', () => {
    const index = JSON.parse(storage.map.get(INDEX_KEY) ?? '{}') as { list: (typeof meta)[] };
    index.list = [{ ...meta, name: 'Renamed in tab B' }];
    storage.map.set(INDEX_KEY, JSON.stringify(index));
    takeList();
    expect(useStore.getState().workspaces.map((m) => m.name)).toEqual(['Renamed in tab B']);
    saveAll(useStore.getState());
    expect(storage.map.get(INDEX_KEY)).toContain('Renamed in tab B');
  });
});
