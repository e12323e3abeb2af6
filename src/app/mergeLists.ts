import type { WorkspaceMeta } from '../store';

const same = (a: WorkspaceMeta | undefined, b: WorkspaceMeta | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges the workspace list another tab stored (`remote`) into this tab's (`local`), both grown
 * from `base`, the list this tab last stored or read: each entry takes the side that changed it,
 * so a rename in one tab is never undone by the other tab's older list. `keep` names entries that
 * stay whatever the other tab did (the one on screen).
 */
export function mergeLists(
  base: readonly WorkspaceMeta[],
  local: readonly WorkspaceMeta[],
  remote: readonly WorkspaceMeta[],
  keep: (meta: WorkspaceMeta) => boolean = () => false,
): WorkspaceMeta[] {
  const byId = (list: readonly WorkspaceMeta[]) => new Map(list.map((m) => [m.id, m]));
  const b = byId(base);
  const l = byId(local);
  const r = byId(remote);
  const out: WorkspaceMeta[] = [];
  for (const theirs of remote) {
    const mine = l.get(theirs.id);
    if (mine === undefined) {
      // Deleted here (it was known) or added there (it was not).
      if (!b.has(theirs.id)) out.push(theirs);
    } else out.push(same(mine, b.get(theirs.id)) ? theirs : mine);
  }
  for (const mine of local) {
    if (r.has(mine.id)) continue;
    // Added here, or deleted there: a deletion there wins unless this tab changed the entry since.
    if (!b.has(mine.id) || !same(mine, b.get(mine.id)) || keep(mine)) out.push(mine);
  }
  return out;
}
