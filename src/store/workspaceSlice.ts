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

/**
 * Which workspace is shown: the user's own, or one lesson's. A lesson never replaces the user's
 * own work: entering one keeps the user's workspace aside, leaving restores it as it was.
 */
export interface WorkspaceSlice {
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
