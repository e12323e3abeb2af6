import type { StateCreator } from 'zustand';
import type { DocId } from '../core';
import type { AppState } from './types';

/** Who makes the simulated request: the role's own session, a trusted principal (by graph node id), or a typed one. */
export type SimPrincipal = 'session' | 'other' | `principal:${string}`;

export interface SimulatorState {
  principal: SimPrincipal;
  /** The typed principal when `principal` is 'other'. */
  other: string;
  action: string;
  resource: string;
  /** STS operation when assuming the role. */
  operation: string;
  /** The caller's own identity policy allows the STS operation on the role. */
  callerAllows: boolean;
  /** Values typed for context keys; empty ones are left out of the request. */
  context: Record<string, string>;
}

export interface SimulatorSlice {
  simOpen: boolean;
  sim: SimulatorState;
  /** Documents switched off (layers and permission policies), by stable id. */
  disabledLayers: DocId[];
  setSimOpen: (open: boolean) => void;
  setSim: (patch: Partial<SimulatorState>) => void;
  setSimContext: (key: string, value: string) => void;
  toggleLayer: (id: DocId) => void;
}

/** The simulator's form before the user has typed anything (a new workspace starts from it). */
export const INITIAL_SIM: SimulatorState = {
  principal: 'session',
  other: '',
  action: '',
  resource: '',
  operation: 'sts:AssumeRole',
  callerAllows: true,
  context: {},
};

export const createSimulatorSlice: StateCreator<AppState, [], [], SimulatorSlice> = (set) => ({
  simOpen: false,
  sim: INITIAL_SIM,
  disabledLayers: [],
  setSimOpen: (simOpen) => set({ simOpen }),
  setSim: (patch) => set((s) => ({ sim: { ...s.sim, ...patch } })),
  setSimContext: (key, value) =>
    set((s) => ({ sim: { ...s.sim, context: { ...s.sim.context, [key]: value } } })),
  toggleLayer: (id) =>
    set((s) => ({
      disabledLayers: s.disabledLayers.includes(id)
        ? s.disabledLayers.filter((l) => l !== id)
        : [...s.disabledLayers, id],
    })),
});
