import { create } from 'zustand';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = ScenarioSlice & UiSlice;

/** The one app store, made of typed slices (zustand "slices pattern"); derived data is never stored. */
export const useStore = create<AppState>()((...a) => ({
  ...createScenarioSlice(...a),
  ...createUiSlice(...a),
}));

export type { Theme, RevealRequest } from './uiSlice';
