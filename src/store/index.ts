import { create } from 'zustand';
import { createScenarioSlice } from './scenarioSlice';
import { createSimulatorSlice } from './simulatorSlice';
import type { AppState } from './types';
import { createUiSlice } from './uiSlice';
import { createWalkthroughSlice } from './walkthroughSlice';
import { createWorkspaceSlice } from './workspaceSlice';

export type { AppState } from './types';

/** The one app store, made of typed slices (zustand "slices pattern"); derived data is never stored. */
export const useStore = create<AppState>()((...a) => ({
  ...createScenarioSlice(...a),
  ...createUiSlice(...a),
  ...createSimulatorSlice(...a),
  ...createWorkspaceSlice(...a),
  ...createWalkthroughSlice(...a),
}));

export type { GraphView, PhonePane, Theme, RevealRequest } from './uiSlice';
export type { SimPrincipal, SimulatorState } from './simulatorSlice';
export {
  snapshotOf,
  type IncomingScenario,
  type WorkspaceMeta,
  type WorkspaceSnapshot,
} from './workspaceSlice';
