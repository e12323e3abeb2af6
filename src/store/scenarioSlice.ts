import type { StateCreator } from 'zustand';
import {
  seedScenario,
  withDocText,
  withLayer,
  withoutLayer,
  type DocId,
  type LayerKind,
  type Scenario,
} from '../core/scenario';
import type { AppState } from './index';

export interface ScenarioSlice {
  scenario: Scenario;
  setDocText: (id: DocId, text: string) => void;
  replaceScenario: (scenario: Scenario) => void;
  addPermissionPolicy: (name: string, document: string) => void;
  renamePermissionPolicy: (index: number, name: string) => void;
  removePermissionPolicy: (index: number) => void;
  setRoleName: (name: string) => void;
  addLayer: (kind: LayerKind, text: string) => void;
  removeLayer: (id: DocId) => void;
}

/** The scenario is the one unit of state; every edit produces a new scenario value. */
export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set) => ({
  scenario: seedScenario(),
  setDocText: (id, text) => set((s) => ({ scenario: withDocText(s.scenario, id, text) })),
  replaceScenario: (scenario) =>
    set({
      scenario,
      activeDoc: 'trust',
      selectedNodeId: undefined,
      expanded: [],
      disabledLayers: [],
    }),
  addPermissionPolicy: (name, document) =>
    set((s) => {
      const list = [...s.scenario.role.permissionPolicies, { name, managed: false, document }];
      return {
        scenario: { ...s.scenario, role: { ...s.scenario.role, permissionPolicies: list } },
        activeDoc: `permission:${list.length - 1}`,
      };
    }),
  renamePermissionPolicy: (index, name) =>
    set((s) => {
      const list = s.scenario.role.permissionPolicies.map((p, i) =>
        i === index ? { ...p, name } : p,
      );
      return {
        scenario: { ...s.scenario, role: { ...s.scenario.role, permissionPolicies: list } },
      };
    }),
  removePermissionPolicy: (index) =>
    set((s) => {
      const list = s.scenario.role.permissionPolicies.filter((_, i) => i !== index);
      const active = s.activeDoc === `permission:${index}` ? 'trust' : s.activeDoc;
      // Ids of later policies shift down by one; keep the same policy active when possible.
      const m = /^permission:(\d+)$/.exec(active);
      const shifted = m && Number(m[1]) > index ? `permission:${Number(m[1]) - 1}` : active;
      return {
        scenario: { ...s.scenario, role: { ...s.scenario.role, permissionPolicies: list } },
        activeDoc: shifted,
        selectedNodeId: undefined,
      };
    }),
  addLayer: (kind, text) =>
    set((s) => {
      const scenario = withLayer(s.scenario, kind, text);
      const activeDoc = kind === 'scp' ? `scp:${(scenario.scps ?? []).length - 1}` : kind;
      return { scenario, activeDoc };
    }),
  removeLayer: (id) =>
    set((s) => {
      const m = /^scp:(\d+)$/.exec(id);
      // Later SCPs shift down by one: keep their switches with them.
      const disabled = s.disabledLayers
        .filter((l) => l !== id)
        .map((l) => {
          const n = /^scp:(\d+)$/.exec(l);
          return m && n && Number(n[1]) > Number(m[1]) ? `scp:${Number(n[1]) - 1}` : l;
        });
      return {
        scenario: withoutLayer(s.scenario, id),
        activeDoc: s.activeDoc === id || s.activeDoc.startsWith('scp:') ? 'trust' : s.activeDoc,
        disabledLayers: disabled,
        selectedNodeId: undefined,
      };
    }),
  setRoleName: (name) =>
    set((s) => ({ scenario: { ...s.scenario, role: { ...s.scenario.role, name } } })),
});
