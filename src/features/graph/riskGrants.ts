import { RISK_ACTIONS, riskActionsMatching, type RiskGrant, type Scenario } from '../../core';
import {
  effectiveActions,
  nameText,
  type ActionNode,
  type ActionVerdict,
  type EffectiveOptions,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from '../../graph';

/** A table action some wildcard, group or NotAction card may grant, and the cards that may. */
interface Candidate {
  action: string;
  /** Wildcard and group cards whose pattern names the action. */
  nodes: Set<string>;
  /** NotAction cards: they stand for nearly everything, so they are named only when nothing else grants it. */
  except: Set<string>;
  /** The resource nodes those cards are linked to. */
  resources: Set<string>;
}

const PROBE = 'risk-probe:';

/**
 * The table's actions the role's session is granted once every layer applies, and the cards that
 * grant them: the picture never lies, so an action counts only when the simulator allows it. A
 * concrete card counts by its own verdict (`Allow`); a wildcard, group or NotAction card by asking
 * the engine about each table action it stands for, on the resources the card is linked to (the
 * same question the effective view asks; bounded by its limits).
 */
export function riskGrants(
  graph: Graph,
  scenario: Scenario,
  verdicts: Readonly<Record<string, ActionVerdict>>,
  options: EffectiveOptions = {},
): RiskGrant[] {
  const byId = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
  const linked = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (byId.get(e.target)?.kind !== 'resource') continue;
    linked.set(e.source, [...(linked.get(e.source) ?? []), e.target]);
  }
  const everywhere = (verdict: ActionVerdict) =>
    verdict.resources.some((r) => {
      const node = byId.get(r.resource);
      return (
        r.decision === 'Allow' &&
        node?.kind === 'resource' &&
        node.unrestricted &&
        node.notResource !== true
      );
    });

  const grants: RiskGrant[] = [];
  const direct = new Set<string>();
  const candidates = new Map<string, Candidate>();
  const candidate = (action: string): Candidate => {
    const k = action.toLowerCase();
    let c = candidates.get(k);
    if (c === undefined) {
      c = { action, nodes: new Set(), except: new Set(), resources: new Set() };
      candidates.set(k, c);
    }
    return c;
  };
  for (const node of graph.nodes) {
    if (node.kind !== 'action' || node.known === false) continue;
    if (node.effect !== 'Allow' && node.mixed !== true) continue;
    if (node.wildcard !== true && node.group === undefined && node.notAction !== true) {
      const [action] = riskActionsMatching(node.action);
      const verdict = verdicts[node.id];
      if (action === undefined || verdict?.decision !== 'Allow') continue;
      grants.push({ action, nodes: [node.id], allResources: everywhere(verdict) });
      direct.add(action.toLowerCase());
      continue;
    }
    const actions = wildcardActions(node);
    for (const action of actions) {
      const c = candidate(action);
      (node.notAction === true ? c.except : c.nodes).add(node.id);
      for (const r of linked.get(node.id) ?? []) c.resources.add(r);
    }
  }
  if (candidates.size === 0) return grants;

  // One probe card per table action, linked to the resources of the cards that may grant it.
  const probes: ActionNode[] = [];
  const edges: GraphEdge[] = [];
  const used = new Set<string>();
  const list = [...candidates.values()];
  list.forEach((c, i) => {
    probes.push({
      id: `${PROBE}${i}`,
      kind: 'action',
      label: nameText(c.action),
      action: c.action,
      annotation: '',
      annotationSource: 'none',
      effect: 'Allow',
    });
    for (const r of c.resources) {
      edges.push({ id: `${PROBE}${i}>${r}`, source: `${PROBE}${i}`, target: r });
      used.add(r);
    }
  });
  const resources = [...used].flatMap((r) => byId.get(r) ?? []);
  const probed = effectiveActions({ nodes: [...probes, ...resources], edges }, scenario, options);
  list.forEach((c, i) => {
    const verdict = probed[`${PROBE}${i}`];
    if (verdict?.decision !== 'Allow') return;
    const k = c.action.toLowerCase();
    // A NotAction card is named only when no other card grants the action.
    const nodes = c.nodes.size > 0 || direct.has(k) ? [...c.nodes] : [...c.except];
    if (nodes.length === 0) return;
    grants.push({ action: c.action, nodes, allResources: everywhere(verdict) });
  });
  return grants;
}

/** The table actions a wildcard, group or NotAction card stands for. */
function wildcardActions(node: ActionNode): readonly string[] {
  if (node.notAction === true) return RISK_ACTIONS;
  if (node.group !== undefined) return [...new Set(node.group.flatMap(riskActionsMatching))];
  return riskActionsMatching(node.action);
}
