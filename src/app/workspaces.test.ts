import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedScenario, toScenarioFile, withTitle, type Scenario } from '../core';
import { useStore } from '../store';
import { offerIncoming, openIncoming } from './incoming';
import { openLesson } from './lessonWorkspace';
import { DEFAULT_KEY, lessonKey, loadWorkspace, saveWorkspace } from './persistence';
import { seedIn } from './seedIn';
import { memoryStorage, setWorkspaceStorage, type WorkspaceStorage } from './storage';
import { saveAll } from './useAutosave';
import { INDEX_KEY, loadIndex, withOtherTabs, workspaceKey } from './workspaceIndex';
import {
  createWorkspace,
  deleteWorkspace,
  duplicateWorkspace,
  renameWorkspace,
  restoreWorkspace,
  switchTo,
} from './workspaces';

// The trust policy AWS's IAM User Guide gives for a Lambda execution role ("Lambda execution
// role", https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html).
const LAMBDA_TRUST = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }
  ]
}`;

function lambda(title: string): Scenario {
  const seed = seedScenario();
  return { ...seed, title, role: { ...seed.role, name: 'LambdaRole', trustPolicy: LAMBDA_TRUST } };
}

let storage: ReturnType<typeof memoryStorage>;
let previous: WorkspaceStorage;

/** Starts the app as bootstrap does: the list read (and migrated) from storage, the current one shown. */
function start(): void {
  const index = loadIndex(1000);
  const s = useStore.getState();
  if (s.lesson !== undefined) s.leaveLesson({ scenario: seedIn('en') });
  useStore.setState({ incoming: undefined, lang: 'en' });
  s.setWorkspaces(index.list);
  const current = index.list.find((m) => m.id === index.current);
  const saved = current ? loadWorkspace(workspaceKey(current)) : undefined;
  s.switchWorkspace(index.current, { scenario: saved?.scenario ?? seedIn('en') });
}

beforeEach(() => {
  storage = memoryStorage();
  previous = setWorkspaceStorage(storage);
});
afterEach(() => {
  setWorkspaceStorage(previous);
});

describe('the workspace list', () => {
  it('makes the single workspace of older versions the first one, without moving or losing it', () => {
    const mine = withTitle(seedScenario(), 'Audit role');
    const raw = JSON.stringify({ scenario: toScenarioFile(mine), theme: 'dark', lang: 'ja' });
    storage.map.set(DEFAULT_KEY, raw);
    saveWorkspace({ scenario: lambda('lesson edit') }, lessonKey('lambda-logs'));
    const index = loadIndex(1000);
    expect(index.list.map((m) => [m.id, m.name, m.lesson])).toEqual([
      ['default', 'Audit role', undefined],
      ['lesson:lambda-logs', '', 'lambda-logs'],
    ]);
    expect(index.current).toBe('default');
    expect(index.prefs).toEqual({ theme: 'dark', lang: 'ja' });
    expect(storage.map.get(DEFAULT_KEY)).toBe(raw);
    expect(loadWorkspace(workspaceKey(index.list[0]!))?.scenario.title).toBe('Audit role');
  });

  it('rebuilds a corrupt or hostile list from what is stored, dropping only what it cannot read', () => {
    storage.map.set(
      INDEX_KEY,
      '{"current":"__proto__","list":[{"id":"__proto__","name":1},{"id":"../x"},{"id":"lesson:nope","lesson":"nope"}],"prefs":{"theme":"purple"}}',
    );
    const index = loadIndex(1000);
    expect(index.list.map((m) => m.id)).toEqual(['__proto__']);
    expect(index.current).toBe('__proto__');
    expect(index.prefs).toEqual({});
    storage.map.set(INDEX_KEY, '{not json');
    expect(loadIndex(1000).list.map((m) => [m.id, m.name])).toEqual([['default', '']]);
  });

  it('lists a workspace another tab saved while this one wrote an older list', () => {
    start();
    saveAll(useStore.getState());
    // Another tab adds a workspace: its entry is stored, but this tab's list does not have it.
    saveWorkspace({ scenario: lambda('From the other tab') }, 'rolemap:workspace:wother:v1');
    const merged = withOtherTabs(useStore.getState().workspaces);
    expect(merged.map((m) => [m.id, m.name])).toEqual([
      ['default', ''],
      ['wother', 'From the other tab'],
    ]);
    expect(withOtherTabs(merged)).toBe(merged);
    // This tab then writes its older list: on the next start the workspace is still listed.
    saveAll(useStore.getState());
    expect(loadIndex(2000).list.map((m) => m.id)).toEqual(['default', 'wother']);
  });

  it('creates, renames, duplicates and switches, each workspace saved under its own key', () => {
    start();
    const first = useStore.getState().workspaceId;
    expect(createWorkspace(lambda('Lambda'), 'Lambda')).toBe(true);
    const second = useStore.getState().workspaceId;
    expect(second).not.toBe(first);
    expect(useStore.getState().scenario.title).toBe('Lambda');
    renameWorkspace(second, '  Lambda logs  ');
    renameWorkspace(second, '   ');
    expect(useStore.getState().workspaces.find((m) => m.id === second)?.name).toBe('Lambda logs');
    duplicateWorkspace(second, (m) => m.name);
    const copy = useStore.getState().workspaces.at(-1)!;
    expect(copy.name).toBe('Lambda logs (copy)');
    expect(useStore.getState().workspaceId).toBe(copy.id);
    switchTo(first);
    expect(useStore.getState().scenario.role.name).toBe('SSMInstanceRole');
    expect(loadWorkspace(workspaceKey(copy))?.scenario.role.name).toBe('LambdaRole');
  });

  it('deletes with an undo that brings back the entry, its place and its screen', () => {
    start();
    const first = useStore.getState().workspaceId;
    createWorkspace(lambda('Lambda'), 'Lambda');
    const id = useStore.getState().workspaceId;
    useStore.getState().setRoleName('EditedBeforeDelete');
    const gone = deleteWorkspace(id)!;
    expect(useStore.getState().workspaces.map((m) => m.id)).toEqual([first]);
    expect(useStore.getState().workspaceId).toBe(first);
    expect(storage.map.has(workspaceKey(gone.meta))).toBe(false);
    restoreWorkspace(gone);
    expect(useStore.getState().workspaces.map((m) => m.id)).toEqual([first, id]);
    expect(useStore.getState().workspaceId).toBe(id);
    expect(useStore.getState().scenario.role.name).toBe('EditedBeforeDelete');
    // The last of the user's workspaces gives way to a fresh example, never to nothing.
    deleteWorkspace(first);
    deleteWorkspace(id);
    const left = useStore.getState().workspaces.filter((m) => !m.lesson);
    expect(left).toHaveLength(1);
    expect(useStore.getState().scenario.role.name).toBe('SSMInstanceRole');
  });
});

describe('incoming scenarios', () => {
  it('replace only the untouched example; otherwise the user is asked, and a new workspace leaves the old intact', () => {
    start();
    expect(offerIncoming(lambda('Shared'), 'link')).toBe('opened');
    expect(useStore.getState().workspaces.filter((m) => !m.lesson)).toHaveLength(1);
    expect(useStore.getState().scenario.title).toBe('Shared');
    const own = useStore.getState().workspaceId;
    useStore.getState().setRoleName('MyOwnRole');
    saveAll(useStore.getState());

    const other = lambda('Another');
    expect(offerIncoming(other, 'import')).toBe('ask');
    expect(useStore.getState().incoming).toEqual({ scenario: other, source: 'import' });
    openIncoming(other, { source: 'import' });
    expect(useStore.getState().incoming).toBeUndefined();
    expect(useStore.getState().workspaceId).not.toBe(own);
    expect(useStore.getState().scenario.title).toBe('Another');
    const kept = useStore.getState().workspaces.find((m) => m.id === own)!;
    expect(loadWorkspace(workspaceKey(kept))?.scenario.role.name).toBe('MyOwnRole');

    // The same content again (whitespace aside, in a document without comments) just shows the
    // workspace that holds it.
    switchTo(own);
    const again = { ...other, role: { ...other.role, trustPolicy: ` ${other.role.trustPolicy}` } };
    expect(offerIncoming(again, 'link')).toBe('switched');
    expect(useStore.getState().scenario.title).toBe('Another');
    expect(useStore.getState().workspaces.filter((m) => !m.lesson)).toHaveLength(2);

    // Replace, when chosen, replaces the current one only.
    openIncoming(lambda('Replaced'), { source: 'link', mode: 'replace' });
    expect(useStore.getState().scenario.title).toBe('Replaced');
    expect(useStore.getState().workspaces.filter((m) => !m.lesson)).toHaveLength(2);
  });

  it('a lesson is listed as one, and a link opened from a lesson goes to the user’s workspaces', () => {
    start();
    useStore.getState().setRoleName('Mine');
    expect(openLesson('lambda-logs')).toBe(true);
    expect(useStore.getState().workspaces.find((m) => m.lesson === 'lambda-logs')).toBeDefined();
    expect(offerIncoming(lambda('From a link'), 'link')).toBe('ask');
    openIncoming(lambda('From a link'), { source: 'link' });
    expect(useStore.getState().lesson).toBeUndefined();
    expect(useStore.getState().scenario.title).toBe('From a link');
  });

  it('says when storage refuses to save', () => {
    setWorkspaceStorage(memoryStorage(true));
    start();
    expect(saveAll(useStore.getState())).toBe(false);
    setWorkspaceStorage(storage);
    expect(saveAll(useStore.getState())).toBe(true);
  });
});
