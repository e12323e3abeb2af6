import { create } from 'zustand';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { createSimulatorSlice, type SimulatorSlice } from './simulatorSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = ScenarioSlice & UiSlice & SimulatorSlice;

/** The one app store, made of typed slices (zustand "slices pattern"); derived data is never stored. */
export const useStore = create<AppState>()((...a) => ({
  ...createScenarioSlice(...a),
  ...createUiSlice(...a),
  ...createSimulatorSlice(...a),
}));

export type { Theme, RevealRequest } from './uiSlice';
export type { SimPrincipal, SimulatorState } from './simulatorSlice';
