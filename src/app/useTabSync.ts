import { useEffect, useState } from 'react';
import { translate } from '../i18n';
import { useStore, type WorkspaceMeta } from '../store';
import { mergeLists } from './mergeLists';
import { activeTiered } from './openStorage';
import { knownEntry, loadWorkspace, saveWorkspace, workspaceText } from './persistence';
import { isPointer } from './tieredStorage';
import {
  INDEX_KEY,
  indexBase,
  loadIndex,
  newWorkspaceId,
  uniqueName,
  workspaceKey,
} from './workspaceIndex';

/** The list entry of the workspace on screen (the user's, or the open lesson's). */
function shownMeta(): WorkspaceMeta | undefined {
  const s = useStore.getState();
  return s.lesson !== undefined
    ? s.workspaces.find((m) => m.lesson === s.lesson)
    : s.workspaces.find((m) => m.id === s.workspaceId && m.lesson === undefined);
}

/** Another tab stored the list: merge it entry by entry (each keeps the side that changed it). */
export function takeList(): void {
  const s = useStore.getState();
  const before = indexBase();
  const remote = loadIndex(Date.now()).list;
  const shown = shownMeta();
  const merged = mergeLists(before, s.workspaces, remote, (m) => m.id === shown?.id);
  if (JSON.stringify(merged) !== JSON.stringify(s.workspaces)) s.setWorkspaces(merged);
}

/**
 * Another tab stored the workspace on screen. Unedited here, this tab shows the new content;
 * edited in both, the other tab's version is kept as a workspace of its own (named for the copy)
 * and this tab's stays on screen: neither edit is lost. Returns the copy's name, if one was made.
 */
export function takeWorkspace(key: string): string | undefined {
  const meta = shownMeta();
  if (!meta || workspaceKey(meta) !== key) return undefined;
  const s = useStore.getState();
  const mine = workspaceText({
    scenario: s.scenario,
    activeDoc: s.activeDoc,
    expanded: s.expanded,
    disabledLayers: s.disabledLayers,
  });
  const edited = mine !== knownEntry(key);
  const theirs = loadWorkspace(key);
  if (!theirs) return undefined;
  if (!edited) {
    useStore.setState({
      scenario: theirs.scenario,
      expanded: theirs.expanded ?? [],
      disabledLayers: theirs.disabledLayers ?? [],
      ...(theirs.activeDoc !== undefined ? { activeDoc: theirs.activeDoc } : {}),
    });
    return undefined;
  }
  const now = Date.now();
  const base = meta.lesson !== undefined ? (theirs.scenario.title ?? meta.lesson) : meta.name;
  const copy: WorkspaceMeta = {
    id: newWorkspaceId(s.workspaces, now),
    name: uniqueName(s.workspaces, translate(s.lang, 'storage.otherTabName', { name: base })),
    createdAt: now,
    updatedAt: now,
  };
  saveWorkspace(theirs, workspaceKey(copy));
  s.setWorkspaces([...s.workspaces, copy]);
  return copy.name;
}

/**
 * Keeps this tab in step with the others on the same browser profile (the `storage` event), so
 * one tab re-saving never silently erases another's edit or rename; returns the name of a copy
 * made when both tabs had edited the same workspace (the page says where it went).
 */
export function useTabSync(enabled: boolean): [string | undefined, () => void] {
  const [copied, setCopied] = useState<string>();
  useEffect(() => {
    if (!enabled) return;
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.newValue === null || !e.key.startsWith('rolemap:')) return;
      const key = e.key;
      if (key === INDEX_KEY) return takeList();
      const apply = () => {
        const name = takeWorkspace(key);
        if (name !== undefined) setCopied(name);
      };
      const tiered = activeTiered();
      if (isPointer(e.newValue) && tiered) void tiered.refresh(key).then(apply);
      else apply();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [enabled]);
  return [copied, () => setCopied(undefined)];
}
