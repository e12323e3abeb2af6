/** The store's whole state type, in its own module so the slices never import the store itself. */
import type { ScenarioSlice } from './scenarioSlice';
import type { SimulatorSlice } from './simulatorSlice';
import type { UiSlice } from './uiSlice';
import type { WalkthroughSlice } from './walkthroughSlice';
import type { WorkspaceSlice } from './workspaceSlice';

export type AppState = ScenarioSlice & UiSlice & SimulatorSlice & WorkspaceSlice & WalkthroughSlice;
