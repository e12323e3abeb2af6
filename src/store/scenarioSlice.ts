import type { StateCreator } from 'zustand';
import {
  newPermissionId,
  seedScenario,
  withDocText,
  withLayer,
  withoutDoc,
  withTitle,
  type DocId,
  type LayerKind,
  type PermissionDocId,
  type Scenario,
} from '../core';
import type { AppState } from './types';

export interface ScenarioSlice {
  scenario: Scenario;
  /** The AWS managed policy the user's last edit turned into an inline copy, so the UI can say so. */
  madeInline?: PermissionDocId;
  setDocText: (id: DocId, text: string) => void;
  replaceScenario: (scenario: Scenario) => void;
  addPermissionPolicy: (name: string, document: string) => void;
  /** Attaches an AWS managed policy (AWS's text, `managed: true`) and shows its tab. */
  attachManagedPolicy: (name: string, document: string) => void;
  renamePermissionPolicy: (id: PermissionDocId, name: string) => void;
  /** Removes a permission policy or a layer; every other document keeps its id. */
  removeDoc: (id: DocId) => void;
  setRoleName: (name: string) => void;
  /** Sets the scenario's title; a blank one removes it (the UI then derives a title). */
  setTitle: (title: string) => void;
  addLayer: (kind: LayerKind, text: string) => void;
}

function withPolicy(scenario: Scenario, name: string, managed: boolean, document: string) {
  const id = newPermissionId(scenario);
  const list = [...scenario.role.permissionPolicies, { id, name, managed, document }];
  return {
    scenario: { ...scenario, role: { ...scenario.role, permissionPolicies: list } },
    activeDoc: id,
  };
}

/** The scenario is the one unit of state; every edit produces a new scenario value. */
export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set) => ({
  scenario: seedScenario(),
  setDocText: (id, text) =>
    set((s) => {
      const scenario = withDocText(s.scenario, id, text);
      const was = s.scenario.role.permissionPolicies.find((p) => p.id === id);
      const now = scenario.role.permissionPolicies.find((p) => p.id === id);
      return was?.managed && now && !now.managed ? { scenario, madeInline: now.id } : { scenario };
    }),
  replaceScenario: (scenario) =>
    set({
      scenario,
      madeInline: undefined,
      activeDoc: 'trust',
      selectedNodeId: undefined,
      expanded: [],
      disabledLayers: [],
    }),
  addPermissionPolicy: (name, document) =>
    set((s) => withPolicy(s.scenario, name, false, document)),
  attachManagedPolicy: (name, document) => set((s) => withPolicy(s.scenario, name, true, document)),
  renamePermissionPolicy: (id, name) =>
    set((s) => {
      const list = s.scenario.role.permissionPolicies.map((p) =>
        p.id === id ? { ...p, name } : p,
      );
      return {
        scenario: { ...s.scenario, role: { ...s.scenario.role, permissionPolicies: list } },
      };
    }),
  removeDoc: (id) =>
    set((s) => ({
      scenario: withoutDoc(s.scenario, id),
      activeDoc: s.activeDoc === id ? 'trust' : s.activeDoc,
      disabledLayers: s.disabledLayers.filter((l) => l !== id),
      selectedNodeId: undefined,
    })),
  addLayer: (kind, text) =>
    set((s) => {
      const { scenario, id } = withLayer(s.scenario, kind, text);
      return { scenario, activeDoc: id };
    }),
  setRoleName: (name) =>
    set((s) => ({ scenario: { ...s.scenario, role: { ...s.scenario.role, name } } })),
  setTitle: (title) => set((s) => ({ scenario: withTitle(s.scenario, title) })),
});
