import { useMemo } from 'react';
import { effectiveActions, type Graph } from '../../graph';
import { appCatalog } from '../../platform/appCatalog';
import { useStore } from '../../store';
import type { DecisionOverlay } from '../graph/toFlow';
import type { SimulationView } from './useSimulation';

/**
 * The graph's effective view (every layer applied to each action, on concrete ARNs of the resources
 * it is linked to) plus the simulated request's path.
 */
export function useDecisionOverlay(graph: Graph, simulation: SimulationView): DecisionOverlay {
  const scenario = useStore((s) => s.scenario);
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
