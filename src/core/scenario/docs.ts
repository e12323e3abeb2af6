import type { Scenario } from './types';

/** Identifies one policy document inside a scenario: 'trust', 'permission:0', 'boundary', 'session', 'scp:0'. */
export type DocId = string;

export type DocKind = 'trust' | 'identity' | 'boundary' | 'session' | 'scp' | 'resource';

export interface ScenarioDoc {
  id: DocId;
  kind: DocKind;
  /** Display name: the policy's name, or a fixed name for the other documents. */
  name: string;
  text: string;
}

/** Lists every policy document of a scenario in tab order, so editors, graph and lint agree on ids. */
export function scenarioDocs(scenario: Scenario): ScenarioDoc[] {
  const docs: ScenarioDoc[] = [
    { id: 'trust', kind: 'trust', name: 'Trust policy', text: scenario.role.trustPolicy },
  ];
  scenario.role.permissionPolicies.forEach((p, i) => {
    docs.push({ id: `permission:${i}`, kind: 'identity', name: p.name, text: p.document });
  });
  if (scenario.role.permissionsBoundary !== undefined) {
    docs.push({
      id: 'boundary',
      kind: 'boundary',
      name: 'Permissions boundary',
      text: scenario.role.permissionsBoundary,
    });
  }
  if (scenario.sessionPolicy !== undefined) {
    docs.push({
      id: 'session',
      kind: 'session',
      name: 'Session policy',
      text: scenario.sessionPolicy,
    });
  }
  (scenario.scps ?? []).forEach((text, i) => {
    docs.push({ id: `scp:${i}`, kind: 'scp', name: `SCP ${i + 1}`, text });
  });
  if (scenario.resourcePolicy !== undefined) {
    docs.push({
      id: 'resource',
      kind: 'resource',
      name: 'Resource policy',
      text: scenario.resourcePolicy,
    });
  }
  return docs;
}

/** Returns a copy of the scenario with one document's text replaced; unknown ids leave it unchanged. */
export function withDocText(scenario: Scenario, id: DocId, text: string): Scenario {
  if (id === 'trust') return { ...scenario, role: { ...scenario.role, trustPolicy: text } };
  if (id === 'boundary')
    return { ...scenario, role: { ...scenario.role, permissionsBoundary: text } };
  if (id === 'session') return { ...scenario, sessionPolicy: text };
  if (id === 'resource') return { ...scenario, resourcePolicy: text };
  const m = /^(permission|scp):(\d+)$/.exec(id);
  if (!m) return scenario;
  const index = Number(m[2]);
  if (m[1] === 'permission') {
    const list = scenario.role.permissionPolicies;
    if (index >= list.length) return scenario;
    const next = list.map((p, i) => (i === index ? { ...p, document: text } : p));
    return { ...scenario, role: { ...scenario.role, permissionPolicies: next } };
  }
  const scps = scenario.scps ?? [];
  if (index >= scps.length) return scenario;
  return { ...scenario, scps: scps.map((s, i) => (i === index ? text : s)) };
}

/** Layers the simulator can add: one boundary, one session policy, one resource policy, any number of SCPs. */
export type LayerKind = 'boundary' | 'session' | 'scp' | 'resource';

/** Returns the scenario with a new layer document added (a no-op for a single layer that exists). */
export function withLayer(scenario: Scenario, kind: LayerKind, text: string): Scenario {
  switch (kind) {
    case 'boundary':
      return scenario.role.permissionsBoundary !== undefined
        ? scenario
        : { ...scenario, role: { ...scenario.role, permissionsBoundary: text } };
    case 'session':
      return scenario.sessionPolicy !== undefined ? scenario : { ...scenario, sessionPolicy: text };
    case 'resource':
      return scenario.resourcePolicy !== undefined
        ? scenario
        : { ...scenario, resourcePolicy: text };
    case 'scp':
      return { ...scenario, scps: [...(scenario.scps ?? []), text] };
  }
}

/** Returns the scenario without one layer document ('boundary', 'session', 'resource' or 'scp:N'). */
export function withoutLayer(scenario: Scenario, id: DocId): Scenario {
  if (id === 'boundary') {
    const { permissionsBoundary: _drop, ...role } = scenario.role;
    return { ...scenario, role };
  }
  if (id === 'session') {
    const { sessionPolicy: _drop, ...rest } = scenario;
    return rest;
  }
  if (id === 'resource') {
    const { resourcePolicy: _drop, ...rest } = scenario;
    return rest;
  }
  const m = /^scp:(\d+)$/.exec(id);
  if (!m) return scenario;
  const index = Number(m[1]);
  return { ...scenario, scps: (scenario.scps ?? []).filter((_, i) => i !== index) };
}
