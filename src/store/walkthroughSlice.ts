import type { StateCreator } from 'zustand';
import type { AppState } from './types';

/** The walkthrough of the picture (`?walkthrough=1`): open or not, and at which step. */
export interface WalkthroughSlice {
  /** The current step (0-based) while the walkthrough is open; undefined while it is closed. */
  walkStep?: number;
  /** Opens the walkthrough at `step`, or closes it (`undefined`). */
  setWalkStep: (step: number | undefined) => void;
}

export const createWalkthroughSlice: StateCreator<AppState, [], [], WalkthroughSlice> = (set) => ({
  setWalkStep: (walkStep) =>
    set({ walkStep: walkStep === undefined ? undefined : Math.max(0, Math.floor(walkStep)) }),
});
