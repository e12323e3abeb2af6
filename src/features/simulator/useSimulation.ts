import { useMemo } from 'react';
import {
  buildSimulation,
  evaluateRequest,
  type ContextKeyUse,
  type DocId,
  type DocRange,
  type EvaluationResult,
  type PrincipalInput,
  type Scenario,
  type SimulationRequest,
  type SimulationWho,
} from '../../core';
import { litPath, type LitPath } from '../../graph/effective';
import type { Graph, PrincipalNode } from '../../graph/types';
import { parseCached, withinPageBound } from '../../platform/parseCache';
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
  highlights: DocRange[];
}

/** Who the form names: the session, a trust-policy entry (by its graph node) or typed text. */
function whoOf(sim: SimulatorState, graph: Graph): SimulationWho | undefined {
  if (sim.principal === 'session') return { kind: 'session' };
  if (sim.principal === 'other') return { kind: 'typed', text: sim.other };
  const node = graph.nodes.find(
    (n): n is PrincipalNode => n.id === sim.principal && n.kind === 'principal',
  );
  return node?.principal
    ? { kind: 'entry', key: node.principal.key, value: node.principal.value }
    : undefined;
}

/** The simulator's request and AWS's decision for it, recomputed as the form or the policies change. */
export function useSimulation(graph: Graph): SimulationView {
  const scenario = useStore((s) => s.scenario);
  const sim = useStore((s) => s.sim);
  const open = useStore((s) => s.simOpen);
  const disabledLayers = useStore((s) => s.disabledLayers);
  return useMemo(
    () => simulate(withinPageBound(scenario), graph, sim, disabledLayers, open),
    [scenario, graph, sim, disabledLayers, open],
  );
}

function simulate(
  scenario: Scenario,
  graph: Graph,
  sim: SimulatorState,
  disabled: readonly DocId[],
  open: boolean,
): SimulationView {
  const who = whoOf(sim, graph) ?? { kind: 'typed' as const, text: '' };
  const mode: SimMode = who.kind === 'session' ? 'session' : 'assume';
  // Closed, the simulator costs nothing: this runs after every edit of every policy.
  if (!open) return { mode, contextKeys: [], highlights: [] };
  const simulation = buildSimulation(
    scenario,
    {
      who,
      action: sim.action,
      resource: sim.resource,
      operation: sim.operation,
      callerAllows: sim.callerAllows,
      context: sim.context,
      disabled: new Set(disabled),
    },
    // The editor already parsed these texts: reuse its parses rather than parsing on every keystroke.
    parseCached,
  );
  const view: SimulationView = {
    mode: simulation.mode,
    contextKeys: simulation.contextKeys,
    highlights: [],
    ...(simulation.principal ? { principal: simulation.principal } : {}),
  };
  if (!simulation.request) return view;
  const result = evaluateRequest(simulation.request);
  return {
    ...view,
    request: simulation.request,
    result,
    lit: litPath(graph, simulation.request, result, simulation.documentOf),
    highlights: simulation.highlights(result),
  };
}
