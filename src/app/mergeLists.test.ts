import { describe, expect, it } from 'vitest';
import type { WorkspaceMeta } from '../store';
import { mergeLists } from './mergeLists';

const meta = (id: string, name: string): WorkspaceMeta => ({
  id,
  name,
  createdAt: 1,
  updatedAt: 1,
});

describe('merging the workspace list another tab stored', () => {
  const base = [meta('default', 'Mine'), meta('w1', 'Lambda')];

  it('takes the other tab’s rename when this tab left the entry alone', () => {
    const remote = [meta('default', 'Mine'), meta('w1', 'Lambda (prod)')];
    expect(mergeLists(base, base, remote).map((m) => m.name)).toEqual(['Mine', 'Lambda (prod)']);
  });

  it('keeps this tab’s rename against the other tab’s older entry', () => {
    const local = [meta('default', 'Renamed here'), meta('w1', 'Lambda')];
    const remote = [meta('default', 'Mine'), meta('w1', 'Renamed there')];
    expect(mergeLists(base, local, remote).map((m) => m.name)).toEqual([
      'Renamed here',
      'Renamed there',
    ]);
  });

  it('keeps workspaces added on either side', () => {
    const local = [...base, meta('w2', 'Added here')];
    const remote = [...base, meta('w3', 'Added there')];
    expect(mergeLists(base, local, remote).map((m) => m.id)).toEqual(['default', 'w1', 'w3', 'w2']);
  });

  it('follows a delete in the other tab, unless the entry changed here or is on screen', () => {
    const remote = [meta('default', 'Mine')];
    expect(mergeLists(base, base, remote).map((m) => m.id)).toEqual(['default']);
    const renamed = [meta('default', 'Mine'), meta('w1', 'Renamed here')];
    expect(mergeLists(base, renamed, remote).map((m) => m.id)).toEqual(['default', 'w1']);
    const onScreen = mergeLists(base, base, remote, (m) => m.id === 'w1');
    expect(onScreen.map((m) => m.id)).toEqual(['default', 'w1']);
  });

  it('does not bring back what this tab deleted', () => {
    const local = [meta('default', 'Mine')];
    expect(mergeLists(base, local, base).map((m) => m.id)).toEqual(['default']);
  });
});
