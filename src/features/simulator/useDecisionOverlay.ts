import { useMemo } from 'react';
import type { Scenario } from '../../core';
import { effectiveActions, type Graph } from '../../graph';
import { appCatalog } from '../../platform/appCatalog';
import { useStore } from '../../store';
import type { DecisionOverlay } from '../graph/toFlow';
import type { SimulationView } from './useSimulation';

/**
 * The graph's effective view (every layer applied to each action, on concrete ARNs of the resources
 * it is linked to) plus the simulated request's path. `scenario` is the one the graph is drawn from
 * (useGraphModel's `drawn`), so a verdict never speaks of text the cards do not show.
 */
export function useDecisionOverlay(
  graph: Graph,
  scenario: Scenario,
  simulation: SimulationView,
): DecisionOverlay {
  const disabledLayers = useStore((s) => s.disabledLayers);
  const verdicts = useMemo(
    // The graph is rebuilt whenever more IAM data arrives, so it is the catalog's version too.
    () =>
      effectiveActions(graph, scenario, { disabled: new Set(disabledLayers), catalog: appCatalog }),
    [graph, scenario, disabledLayers],
  );
  const lit = simulation.lit;
  return useMemo(
    () => ({
      verdicts,
      ...(lit
        ? {
            lit: {
              kind:
                lit.decision === 'Allow'
                  ? ('allow' as const)
                  : lit.decision === 'ExplicitDeny'
                    ? ('deny' as const)
                    : ('implicit' as const),
              nodes: new Set(lit.nodes),
            },
          }
        : {}),
    }),
    [verdicts, lit],
  );
}
