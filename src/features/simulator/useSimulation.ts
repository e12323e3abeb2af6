import { useMemo } from 'react';
import { evaluateRequest } from '../../core/evaluate';
import type {
  ContextValue,
  EvaluationResult,
  PrincipalInput,
  SimulationRequest,
  StatementRef,
} from '../../core/evaluate';
import { rangeOfPath } from '../../core/policy';
import {
  assumeRequest,
  operationFor,
  readTypedPrincipal,
  scenarioDocs,
  sessionRequest,
  type DocId,
  type Scenario,
} from '../../core/scenario';
import { contextKeysOf, type ContextKeyUse } from '../../core/scenario/contextKeys';
import { litPath, type LitPath } from '../../graph/effective';
import type { Graph, PrincipalNode } from '../../graph/types';
import { parseCached } from '../../app/parseCache';
import { useStore, type SimulatorState } from '../../store';

export type SimMode = 'session' | 'assume';

export interface SimulationView {
  mode: SimMode;
  principal?: PrincipalInput;
  request?: SimulationRequest;
  result?: EvaluationResult;
  lit?: LitPath;
  contextKeys: ContextKeyUse[];
  /** Where the deciding statements stand in the editor. */
  highlights: { doc: DocId; start: number; end: number }[];
}

/** The request principal standing for a trust-policy entry ("a user of account X" for an account). */
export function principalOfNode(node: PrincipalNode): PrincipalInput | undefined {
  const p = node.principal;
  if (!p) return undefined;
  if (p.key === '*' || p.value === '*')
    return { AWS: 'arn:aws:iam::444455556666:user/example-user' };
  if (p.key === 'Service') return { Service: p.value };
  if (p.key === 'Federated') return { Federated: p.value };
  if (p.key === 'AWS') {
    const account = /^(\d{12})$/.exec(p.value) ?? /^arn:[\w-]+:iam::(\d{12}):root$/.exec(p.value);
    if (account) return { AWS: `arn:aws:iam::${account[1]}:user/example-user` };
    return { AWS: p.value };
  }
  return undefined;
}

function contextOf(sim: SimulatorState, keys: ContextKeyUse[]): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const k of keys) {
    const raw = sim.context[k.key]?.trim();
    if (!raw) continue;
    out[k.key] = k.multi
      ? raw
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : raw;
  }
  return out;
}

function docOfRef(ref: StatementRef, mode: SimMode, enabledScps: string[]): DocId | undefined {
  if (mode === 'assume') return ref.policyKind === 'resource' ? 'trust' : undefined;
  switch (ref.policyKind) {
    case 'identity':
      return `permission:${ref.policyIndex}`;
    case 'scp':
      return enabledScps[ref.policyIndex];
    default:
      return ref.policyKind;
  }
}

/** The simulator's request and AWS's decision for it, recomputed as the form or the policies change. */
export function useSimulation(graph: Graph): SimulationView {
  const scenario = useStore((s) => s.scenario);
  const sim = useStore((s) => s.sim);
  const open = useStore((s) => s.simOpen);
  const disabledLayers = useStore((s) => s.disabledLayers);
  return useMemo(
    () => simulate(scenario, graph, sim, new Set(disabledLayers), open),
    [scenario, graph, sim, disabledLayers, open],
  );
}

function simulate(
  scenario: Scenario,
  graph: Graph,
  sim: SimulatorState,
  disabled: Set<string>,
  open: boolean,
): SimulationView {
  const mode: SimMode = sim.principal === 'session' ? 'session' : 'assume';
  // Closed, the simulator costs nothing: this runs after every edit of every policy.
  if (!open) return { mode, contextKeys: [], highlights: [] };
  const docs = scenarioDocs(scenario);
  const texts =
    mode === 'assume'
      ? [scenario.role.trustPolicy]
      : docs.filter((d) => d.kind !== 'trust' && !disabled.has(d.id)).map((d) => d.text);
  // The editor already parsed these texts: reuse its parses rather than parsing on every keystroke.
  const contextKeys = contextKeysOf(texts, parseCached);
  const view: SimulationView = { mode, contextKeys, highlights: [] };
  const context = contextOf(sim, contextKeys);
  let request: SimulationRequest | undefined;
  if (mode === 'session') {
    if (!sim.action.trim()) return view;
    request = sessionRequest(
      scenario,
      { action: sim.action.trim(), resource: sim.resource.trim(), context },
      disabled,
    );
  } else {
    const node = graph.nodes.find(
      (n): n is PrincipalNode => n.id === sim.principal && n.kind === 'principal',
    );
    const principal =
      sim.principal === 'other' ? readTypedPrincipal(sim.other) : node && principalOfNode(node);
    if (!principal) return view;
    view.principal = principal;
    request = assumeRequest(scenario, principal, {
      operation: sim.operation || operationFor(principal),
      callerAllows: principal.AWS !== undefined && sim.callerAllows,
      context,
    });
  }
  const result = evaluateRequest(request);
  const enabledScps = (scenario.scps ?? [])
    .map((_, i) => `scp:${i}`)
    .filter((id) => !disabled.has(id));
  view.request = request;
  view.result = result;
  view.lit = litPath(graph, request, result, enabledScps);
  for (const ref of result.explain.decidingStatements) {
    const docId = docOfRef(ref, mode, enabledScps);
    const doc = docs.find((d) => d.id === docId);
    if (!doc) continue;
    const range = rangeOfPath(parseCached(doc.text), ref.path);
    if (range)
      view.highlights.push({ doc: doc.id, start: range.start.offset, end: range.end.offset });
  }
  return view;
}
