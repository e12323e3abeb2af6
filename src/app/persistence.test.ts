import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedScenario, withTitle } from '../core';
import { useStore } from '../store';
import { knownEntry, loadWorkspace, saveWorkspace, workspaceText } from './persistence';
import { memoryStorage, setWorkspaceStorage, type WorkspaceStorage } from './storage';
import { saveAll } from './useAutosave';
import { DEFAULT_ID, INDEX_KEY, workspaceKey } from './workspaceIndex';

let storage: ReturnType<typeof memoryStorage>;
let previous: WorkspaceStorage;
beforeEach(() => {
  storage = memoryStorage();
  previous = setWorkspaceStorage(storage);
});
afterEach(() => void setWorkspaceStorage(previous));

describe('saving never puts an older copy over another tab’s edit', () => {
  it('skips a save of what this tab already stored, so the other tab’s newer entry stays', () => {
    const key = 'rolemap:workspace:w9:v1';
    const mine = withTitle(seedScenario(), 'Mine');
    expect(saveWorkspace({ scenario: mine }, key)).toBe(true);
    const theirs = workspaceText({ scenario: withTitle(seedScenario(), 'Edited in tab B') });
    storage.map.set(key, theirs); // tab B's autosave
    expect(saveWorkspace({ scenario: mine }, key)).toBe(true);
    expect(storage.map.get(key)).toBe(theirs);
    // An edit made here is written, of course.
    expect(saveWorkspace({ scenario: withTitle(mine, 'Edited here') }, key)).toBe(true);
    expect(loadWorkspace(key)?.scenario.title).toBe('Edited here');
  });

  it('re-saving the theme writes the list and prefs but leaves the workspace entry alone', () => {
    const meta = { id: DEFAULT_ID, name: '', createdAt: 1, updatedAt: 1 };
    useStore.getState().setWorkspaces([meta]);
    useStore.getState().switchWorkspace(DEFAULT_ID, { scenario: withTitle(seedScenario(), 'A') });
    expect(saveAll(useStore.getState())).toBe(true);
    const key = workspaceKey(meta);
    const edited = workspaceText({ scenario: withTitle(seedScenario(), 'B edited') });
    storage.map.set(key, edited);
    useStore.getState().setTheme('dark');
    expect(saveAll(useStore.getState())).toBe(true);
    expect(storage.map.get(key)).toBe(edited);
    expect(JSON.parse(storage.map.get(INDEX_KEY) ?? '{}').prefs.theme).toBe('dark');
  });

  it('remembers what it read, as the base for telling whether this tab has edited since', () => {
    const key = 'rolemap:workspace:w8:v1';
    const text = workspaceText({ scenario: withTitle(seedScenario(), 'Stored') });
    storage.map.set(key, text);
    loadWorkspace(key);
    expect(knownEntry(key)).toBe(text);
  });

  it('writes again when the entry vanished (another tab deleted it, or storage was cleared)', () => {
    const key = 'rolemap:workspace:w7:v1';
    const ws = { scenario: withTitle(seedScenario(), 'Kept') };
    saveWorkspace(ws, key);
    storage.map.delete(key);
    saveWorkspace(ws, key);
    expect(loadWorkspace(key)?.scenario.title).toBe('Kept');
  });
});
