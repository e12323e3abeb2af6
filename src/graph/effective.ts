/** What AWS would decide, drawn on the graph: per-action verdicts and the path a simulated request takes. */
import { wildcardMatch } from '../core/catalog/wildcard';
import { evaluateRequest, policyLabel, statementLabel } from '../core/evaluate';
import type { Decision, EvaluationResult, SimulationRequest, StatementRef } from '../core/evaluate';
import type { DocId, Scenario } from '../core/scenario';
import { sessionRequest } from '../core/scenario/simulation';
import type { Graph, GraphNode } from './types';

/** The decision for one action node when the role's session calls it on any resource. */
export interface ActionVerdict {
  decision: Decision;
  /** The statement that denied it, in words ("Statement 'NoS3' in SCP 1"), for explicit denies. */
  deniedBy?: string;
  reason: string;
}

/** Beyond this many action nodes the effective view is skipped rather than slowing typing down. */
export const MAX_EFFECTIVE_ACTIONS = 600;

function isConcrete(action: string): boolean {
  return !/[*?]/.test(action);
}

/** Human label of a deciding statement, in the engine's own wording ("Statement 'NoS3' in SCP 1"). */
function refLabel(ref: StatementRef, result: EvaluationResult): string {
  const policy = result.explain.policies.find(
    (p) => p.kind === ref.policyKind && p.index === ref.policyIndex,
  );
  const st = policy?.statements.find((x) => x.index === ref.statementIndex);
  const name = st ? statementLabel(st) : `Statement #${ref.statementIndex + 1}`;
  return `${name} in ${policyLabel(ref.policyKind, ref.policyIndex)}`;
}

/**
 * Evaluates every concrete Allow action of the graph as the role's session would call it, with
 * every enabled layer (boundary, session policy, SCPs, resource policy), so the graph can show
 * which grants AWS would actually honour.
 */
export function effectiveActions(
  graph: Graph,
  scenario: Scenario,
  disabled: ReadonlySet<DocId> = new Set(),
): Record<string, ActionVerdict> {
  const out: Record<string, ActionVerdict> = {};
  let budget = MAX_EFFECTIVE_ACTIONS;
  for (const node of graph.nodes) {
    if (node.kind !== 'action' || node.effect !== 'Allow' || !isConcrete(node.action)) continue;
    if (budget-- <= 0) break;
    const result = evaluateRequest(
      sessionRequest(scenario, { action: node.action, resource: '*' }, disabled),
    );
    const deny = result.explain.decidingStatements.find((s) => s.role === 'explicit-deny');
    out[node.id] = {
      decision: result.decision,
      reason: result.explain.reasons[0] ?? '',
      ...(deny ? { deniedBy: refLabel(deny, result) } : {}),
    };
  }
  return out;
}

export interface LitPath {
  decision: Decision;
  /** Node ids the request passes through. */
  nodes: string[];
}

function incoming(graph: Graph): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of graph.edges) map.set(e.target, [...(map.get(e.target) ?? []), e.source]);
  return map;
}

function matchesAction(node: GraphNode, action: string): boolean {
  if (node.kind !== 'action') return false;
  if (node.notAction || node.group) return false;
  return wildcardMatch(node.action, action, { caseInsensitive: true });
}

function layerNodeId(ref: StatementRef, scpNodeIds: readonly string[]): string | undefined {
  if (ref.policyKind === 'boundary') return 'boundary';
  if (ref.policyKind === 'session') return 'session-policy';
  if (ref.policyKind === 'scp') return scpNodeIds[ref.policyIndex];
  return undefined;
}

/**
 * The nodes a simulated request passes through. Assuming the role: the principal, the trust
 * statement(s) that decided, STS and (when allowed) the credentials. Acting as the role: the
 * credentials, the role, each matching action and its chain back to the role, and any layer
 * (boundary, SCP, session policy) that decided.
 */
export function litPath(
  graph: Graph,
  request: SimulationRequest,
  result: EvaluationResult,
  /** Node ids of the SCPs that were evaluated, in request order (switched-off SCPs left out). */
  scpNodeIds: readonly string[] = [],
): LitPath {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const lit = new Set<string>();
  const add = (id: string | undefined) => {
    if (id !== undefined && ids.has(id)) lit.add(id);
  };
  const assuming = /^sts:AssumeRole/i.test(request.action);
  if (assuming) {
    const [key, value] = Object.entries(request.principal)[0] ?? [];
    for (const n of graph.nodes) {
      if (n.kind !== 'principal' || !n.principal) continue;
      const sameKey = n.principal.key === key || n.principal.key === '*';
      if (
        sameKey &&
        (n.principal.value === '*' ||
          n.principal.value.toLowerCase() === String(value).toLowerCase())
      ) {
        add(n.id);
        for (const e of graph.edges)
          if (e.source === n.id && e.target === 'instance-profile') add(e.target);
      }
    }
    for (const ref of result.explain.decidingStatements) {
      for (const n of graph.nodes) {
        if (n.kind === 'trust-policy' && n.source?.path[1] === ref.statementIndex) add(n.id);
      }
    }
    add('sts');
    if (result.decision === 'Allow') add('credentials');
    return { decision: result.decision, nodes: [...lit] };
  }
  add('credentials');
  add('role');
  const into = incoming(graph);
  for (const n of graph.nodes) {
    if (!matchesAction(n, request.action)) continue;
    const queue = [n.id];
    while (queue.length) {
      const id = queue.shift() ?? '';
      if (lit.has(id) || id === 'role') continue;
      add(id);
      for (const from of into.get(id) ?? []) queue.push(from);
    }
  }
  for (const ref of result.explain.decidingStatements) add(layerNodeId(ref, scpNodeIds));
  return { decision: result.decision, nodes: [...lit] };
}
