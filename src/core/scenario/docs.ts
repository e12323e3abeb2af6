/** The documents of a scenario, found and changed by stable id (never by position parsed from an id). */
import type { DocumentKind } from '../policy/kinds';
import { newRcpId, newScpId } from './ids';
import type { DocId, Scenario } from './types';

/**
 * A scenario document's kind is the kind of policy it holds: a document kind the linter reads,
 * or a resource control policy or VPC endpoint policy (linted as the resource-based policies
 * they are written like: every statement names a Principal).
 */
export type DocKind = DocumentKind | 'rcp' | 'endpoint';

/** The kind the linter reads a scenario document as. */
export function lintKindOf(kind: DocKind): DocumentKind {
  return kind === 'rcp' || kind === 'endpoint' ? 'resource' : kind;
}

export interface ScenarioDoc {
  id: DocId;
  kind: DocKind;
  /** The permission policy's name; '' for the other documents (the UI names them by kind). */
  name: string;
  text: string;
  /** Position among the documents of its kind (the SCP number shown as "SCP 2"). */
  ordinal: number;
  /** An AWS managed permission policy (the "AWS managed" badge): linted with AWS's own quotas. */
  managed?: boolean;
}

/** Lists every policy document of a scenario in tab order, so editors, graph and lint agree on ids. */
export function scenarioDocs(scenario: Scenario): ScenarioDoc[] {
  const docs: ScenarioDoc[] = [
    { id: 'trust', kind: 'trust', name: '', text: scenario.role.trustPolicy, ordinal: 0 },
  ];
  scenario.role.permissionPolicies.forEach((p, i) => {
    docs.push({
      id: p.id,
      kind: 'identity',
      name: p.name,
      text: p.document,
      ordinal: i,
      ...(p.managed ? { managed: true } : {}),
    });
  });
  if (scenario.role.permissionsBoundary !== undefined) {
    const text = scenario.role.permissionsBoundary;
    docs.push({ id: 'boundary', kind: 'boundary', name: '', text, ordinal: 0 });
  }
  if (scenario.sessionPolicy !== undefined) {
    docs.push({
      id: 'session',
      kind: 'session',
      name: '',
      text: scenario.sessionPolicy,
      ordinal: 0,
    });
  }
  (scenario.scps ?? []).forEach((scp, i) => {
    docs.push({ id: scp.id, kind: 'scp', name: '', text: scp.document, ordinal: i });
  });
  (scenario.rcps ?? []).forEach((rcp, i) => {
    docs.push({ id: rcp.id, kind: 'rcp', name: '', text: rcp.document, ordinal: i });
  });
  if (scenario.endpointPolicy !== undefined) {
    const text = scenario.endpointPolicy;
    docs.push({ id: 'endpoint', kind: 'endpoint', name: '', text, ordinal: 0 });
  }
  if (scenario.resourcePolicy !== undefined) {
    const text = scenario.resourcePolicy;
    docs.push({ id: 'resource', kind: 'resource', name: '', text, ordinal: 0 });
  }
  return docs;
}

/** The document with this id, or undefined when the scenario has none. */
export function docById(scenario: Scenario, id: DocId): ScenarioDoc | undefined {
  return scenarioDocs(scenario).find((d) => d.id === id);
}

/**
 * Returns a copy of the scenario with one document's text replaced; unknown ids leave it unchanged.
 * An AWS managed policy whose text changes becomes an inline copy (`managed: false`): the managed
 * badge holds only while the text is AWS's, so no caller can keep it on text the user wrote.
 */
export function withDocText(scenario: Scenario, id: DocId, text: string): Scenario {
  if (id === 'trust') return { ...scenario, role: { ...scenario.role, trustPolicy: text } };
  if (id === 'boundary')
    return scenario.role.permissionsBoundary === undefined
      ? scenario
      : { ...scenario, role: { ...scenario.role, permissionsBoundary: text } };
  if (id === 'session')
    return scenario.sessionPolicy === undefined ? scenario : { ...scenario, sessionPolicy: text };
  if (id === 'resource')
    return scenario.resourcePolicy === undefined ? scenario : { ...scenario, resourcePolicy: text };
  if (id === 'endpoint')
    return scenario.endpointPolicy === undefined ? scenario : { ...scenario, endpointPolicy: text };
  const policies = scenario.role.permissionPolicies;
  const policy = policies.find((p) => p.id === id);
  if (policy) {
    if (policy.document === text) return scenario;
    const edited = { ...policy, document: text, managed: false };
    const next = policies.map((p) => (p.id === id ? edited : p));
    return { ...scenario, role: { ...scenario.role, permissionPolicies: next } };
  }
  const scps = scenario.scps ?? [];
  if (scps.some((s) => s.id === id)) {
    return { ...scenario, scps: scps.map((s) => (s.id === id ? { ...s, document: text } : s)) };
  }
  const rcps = scenario.rcps ?? [];
  if (rcps.some((s) => s.id === id)) {
    return { ...scenario, rcps: rcps.map((s) => (s.id === id ? { ...s, document: text } : s)) };
  }
  return scenario;
}

/**
 * Layers the simulator can add: one boundary, one session policy, one VPC endpoint policy, one
 * resource policy, any number of SCPs and RCPs.
 */
export type LayerKind = 'boundary' | 'session' | 'scp' | 'rcp' | 'endpoint' | 'resource';

/** Returns the scenario with a new layer document added (a no-op for a single layer that exists), and its id. */
export function withLayer(
  scenario: Scenario,
  kind: LayerKind,
  text: string,
): { scenario: Scenario; id: DocId } {
  switch (kind) {
    case 'boundary':
      return {
        id: 'boundary',
        scenario:
          scenario.role.permissionsBoundary !== undefined
            ? scenario
            : { ...scenario, role: { ...scenario.role, permissionsBoundary: text } },
      };
    case 'session':
      return {
        id: 'session',
        scenario:
          scenario.sessionPolicy !== undefined ? scenario : { ...scenario, sessionPolicy: text },
      };
    case 'resource':
      return {
        id: 'resource',
        scenario:
          scenario.resourcePolicy !== undefined ? scenario : { ...scenario, resourcePolicy: text },
      };
    case 'endpoint':
      return {
        id: 'endpoint',
        scenario:
          scenario.endpointPolicy !== undefined ? scenario : { ...scenario, endpointPolicy: text },
      };
    case 'scp': {
      const id = newScpId(scenario);
      return {
        id,
        scenario: { ...scenario, scps: [...(scenario.scps ?? []), { id, document: text }] },
      };
    }
    case 'rcp': {
      const id = newRcpId(scenario);
      return {
        id,
        scenario: { ...scenario, rcps: [...(scenario.rcps ?? []), { id, document: text }] },
      };
    }
  }
}

/** Returns the scenario without one document (a layer, or a permission policy); other ids stay as they are. */
export function withoutDoc(scenario: Scenario, id: DocId): Scenario {
  if (id === 'trust') return scenario;
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
  if (id === 'endpoint') {
    const { endpointPolicy: _drop, ...rest } = scenario;
    return rest;
  }
  const policies = scenario.role.permissionPolicies;
  if (policies.some((p) => p.id === id)) {
    const next = policies.filter((p) => p.id !== id);
    return { ...scenario, role: { ...scenario.role, permissionPolicies: next } };
  }
  if ((scenario.rcps ?? []).some((s) => s.id === id)) {
    return { ...scenario, rcps: (scenario.rcps ?? []).filter((s) => s.id !== id) };
  }
  return { ...scenario, scps: (scenario.scps ?? []).filter((s) => s.id !== id) };
}
