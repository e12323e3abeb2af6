import { useMemo } from 'react';
import {
  analyzeRisks,
  type RiskCategory,
  type RiskDocId,
  type RiskId,
  type RiskReport,
  type Scenario,
} from '../../core';
import type { ActionVerdict, Graph, SourceRef } from '../../graph';
import { appCatalog } from '../../platform/appCatalog';
import { useStore } from '../../store';
import { riskGrants } from './riskGrants';

/** One risk as the Problems panel lists it: what, why, and the statements that grant its parts. */
export interface RiskRow {
  id: RiskId;
  category: RiskCategory;
  doc: RiskDocId;
  /** The granted actions, one list per part of the risk ("iam:PassRole", "ec2:RunInstances"). */
  actions: readonly (readonly string[])[];
  /** Where each card granting a part is written, in the order of the parts. */
  sources: readonly { node: string; source: SourceRef }[];
}

/** The risk lens while the "Risks" toggle is on: the analysis and its rows. */
export interface RiskView {
  report: RiskReport<RiskId>;
  rows: readonly RiskRow[];
}

/**
 * The role's risks, from the verdicts the picture draws (`verdicts`, on the scenario it is drawn
 * from): computed only while the "Risks" toggle is on.
 */
export function useRisks(
  graph: Graph,
  scenario: Scenario,
  verdicts: Readonly<Record<string, ActionVerdict>>,
): RiskView | undefined {
  const on = useStore((s) => s.risks);
  const disabledLayers = useStore((s) => s.disabledLayers);
  return useMemo(() => {
    if (!on) return undefined;
    const options = { disabled: new Set(disabledLayers), catalog: appCatalog };
    const report = analyzeRisks(riskGrants(graph, scenario, verdicts, options));
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const rows = report.findings.map((f): RiskRow => {
      const sources: { node: string; source: SourceRef }[] = [];
      for (const part of f.parts)
        for (const id of part.nodes) {
          const source = byId.get(id)?.source;
          if (source !== undefined) sources.push({ node: id, source });
        }
      return {
        id: f.id,
        category: f.category,
        doc: f.doc,
        actions: f.parts.map((p) => p.actions),
        sources,
      };
    });
    return { report, rows };
  }, [on, graph, scenario, verdicts, disabledLayers]);
}
