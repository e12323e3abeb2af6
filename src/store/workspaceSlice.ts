import type { StateCreator } from 'zustand';
import type { DocId, Scenario } from '../core';
import { INITIAL_SIM, type SimulatorState } from './simulatorSlice';
import type { AppState } from './types';

/** What one workspace holds: its scenario and the view state that belongs to that scenario. */
export interface WorkspaceSnapshot {
  scenario: Scenario;
  activeDoc?: DocId;
  expanded?: string[];
  disabledLayers?: DocId[];
  sim?: SimulatorState;
}

/** One named workspace in the list (its content is saved apart, under its own key). */
export interface WorkspaceMeta {
  id: string;
  /** The user's name for it; empty for the unnamed first one, and for a lesson's (named by its lesson). */
  name: string;
  createdAt: number;
  updatedAt: number;
  /** Set on a lesson's own workspace: the lesson's id. */
  lesson?: string;
}

/** A scenario from outside (a share link, an imported file) waiting for the user's choice. */
export interface IncomingScenario {
  scenario: Scenario;
  source: 'link' | 'import';
}

/**
 * Which workspace is shown: one of the user's named workspaces, or one lesson's. A lesson never
 * replaces the user's work: entering one keeps the user's workspace aside, leaving restores it.
 */
export interface WorkspaceSlice {
  /** The user's workspace shown, or kept aside while a lesson is open. */
  workspaceId: string;
  /** Every workspace, the user's and the lessons' that have been opened, in list order. */
  workspaces: WorkspaceMeta[];
  setWorkspaces: (workspaces: WorkspaceMeta[]) => void;
  /** Shows another of the user's workspaces (leaving any lesson). */
  switchWorkspace: (id: string, workspace: WorkspaceSnapshot) => void;
  incoming?: IncomingScenario;
  setIncoming: (incoming: IncomingScenario | undefined) => void;
  workspaceListOpen: boolean;
  setWorkspaceListOpen: (open: boolean) => void;
  /** The id of the open lesson; undefined while the user's own workspace is shown. */
  lesson?: string;
  /** The user's own workspace, kept aside while a lesson is open. */
  ownStash?: WorkspaceSnapshot;
  lessonPickerOpen: boolean;
  setLessonPickerOpen: (open: boolean) => void;
  /** Shows a lesson's workspace; the user's own is kept aside (switching lessons keeps it too). */
  enterLesson: (id: string, workspace: WorkspaceSnapshot) => void;
  /** Back to the user's own workspace, exactly as it was left (`fallback` when none was kept). */
  leaveLesson: (fallback: WorkspaceSnapshot) => void;
}

/** The current workspace's snapshot, as the store holds it now. */
export function snapshotOf(s: AppState): WorkspaceSnapshot {
  return {
    scenario: s.scenario,
    activeDoc: s.activeDoc,
    expanded: s.expanded,
    disabledLayers: s.disabledLayers,
    sim: s.sim,
  };
}

function shown(w: WorkspaceSnapshot): Partial<AppState> {
  return {
    scenario: w.scenario,
    madeInline: undefined,
    activeDoc: w.activeDoc ?? 'trust',
    selectedNodeId: undefined,
    cursorNodeId: undefined,
    expanded: w.expanded ?? [],
    disabledLayers: w.disabledLayers ?? [],
    // A lesson's request form starts empty: the user's own form refers to the user's principals.
    sim: w.sim ?? INITIAL_SIM,
  };
}

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set) => ({
  workspaceId: 'default',
  workspaces: [],
  setWorkspaces: (workspaces) => set({ workspaces }),
  switchWorkspace: (id, workspace) =>
    set({ ...shown(workspace), workspaceId: id, lesson: undefined, ownStash: undefined }),
  setIncoming: (incoming) => set({ incoming }),
  workspaceListOpen: false,
  setWorkspaceListOpen: (workspaceListOpen) => set({ workspaceListOpen }),
  lessonPickerOpen: false,
  setLessonPickerOpen: (lessonPickerOpen) => set({ lessonPickerOpen }),
  enterLesson: (id, workspace) =>
    set((s) => ({
      ...shown(workspace),
      lesson: id,
      ownStash: s.lesson === undefined ? snapshotOf(s) : s.ownStash,
      lessonPickerOpen: false,
    })),
  leaveLesson: (fallback) =>
    set((s) =>
      s.lesson === undefined
        ? {}
        : { ...shown(s.ownStash ?? fallback), lesson: undefined, ownStash: undefined },
    ),
});
