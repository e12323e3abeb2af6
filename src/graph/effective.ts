/** What AWS would decide, drawn on the graph: per-action verdicts and the path a simulated request takes. */
import {
  actionMatches,
  evaluateRequest,
  isAssumeRoleOperation,
  pathKey,
  policyName,
  sessionRequest,
  statementName,
} from '../core';
import type {
  Decision,
  DocId,
  EvaluationResult,
  PolicyName,
  Reason,
  Scenario,
  SimulationRequest,
  StatementName,
  StatementRef,
} from '../core';
import type { Graph, GraphNode } from './types';

/** The decision for one action node when the role's session calls it. */
export interface ActionVerdict {
  decision: Decision;
  /** The engine's first reason for the decision. */
  reason: Reason;
  /** For explicit denies: the statement that denied it and the policy it stands in. */
  deniedBy?: { statement: StatementName; policy: PolicyName };
}

/** Beyond this many action nodes the effective view is skipped rather than slowing typing down. */
export const MAX_EFFECTIVE_ACTIONS = 600;

function isConcrete(action: string): boolean {
  return !/[*?]/.test(action);
}

/** The deciding statement of an explicit deny, named as the reasons name statements. */
function deniedBy(
  ref: StatementRef,
  result: EvaluationResult,
): { statement: StatementName; policy: PolicyName } {
  const policy = result.explain.policies.find(
    (p) => p.kind === ref.policyKind && p.index === ref.policyIndex,
  );
  const st = policy?.statements.find((x) => x.index === ref.statementIndex);
  return {
    statement: st !== undefined ? statementName(st) : { index: ref.statementIndex },
    policy: policyName(ref.policyKind, ref.policyIndex),
  };
}

/**
 * AWS's verdict on one action for the role's session, with every enabled layer. `resource` is
 * `*` for the picture as a whole; a per-resource view can ask about each resource node.
 */
export function actionVerdict(
  scenario: Scenario,
  action: string,
  resource = '*',
  disabled: ReadonlySet<DocId> = new Set(),
): ActionVerdict {
  const result = evaluateRequest(sessionRequest(scenario, { action, resource }, disabled));
  const deny = result.explain.decidingStatements.find((s) => s.role === 'explicit-deny');
  const reason: Reason = result.explain.reasons[0] ?? {
    code: 'identity-no-allow',
    params: { action, resource },
  };
  return {
    decision: result.decision,
    reason,
    ...(deny ? { deniedBy: deniedBy(deny, result) } : {}),
  };
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
    out[node.id] = actionVerdict(scenario, node.action, '*', disabled);
  }
  return out;
}

export interface LitPath {
  decision: Decision;
  /** Node ids the request passes through. */
  nodes: string[];
}

/** Maps a deciding statement of an answer to the scenario document it stands in. */
export type DocumentOf = (ref: StatementRef) => DocId | undefined;

function incoming(graph: Graph): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of graph.edges) map.set(e.target, [...(map.get(e.target) ?? []), e.source]);
  return map;
}

function matchesAction(node: GraphNode, action: string): boolean {
  if (node.kind !== 'action') return false;
  if (node.notAction || node.group) return false;
  return actionMatches(node.action, action);
}

/** Kinds of the nodes that stand for a whole layer document, whose id is the document's id. */
const LAYER_KINDS: ReadonlySet<GraphNode['kind']> = new Set(['boundary', 'scp']);

/**
 * The nodes a simulated request passes through. Assuming the role: the principal, the trust
 * statement(s) that decided, STS and (when allowed) the credentials. Acting as the role: the
 * credentials, the role, each matching action and its chain back to the role, and any layer
 * (boundary, SCP, session policy) that decided — found through `documentOf`, since a layer's
 * node has its document's id.
 */
export function litPath(
  graph: Graph,
  request: SimulationRequest,
  result: EvaluationResult,
  documentOf: DocumentOf,
): LitPath {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const lit = new Set<string>();
  const add = (id: string | undefined) => {
    if (id !== undefined && byId.has(id)) lit.add(id);
  };
  if (isAssumeRoleOperation(request.action)) {
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
      if (documentOf(ref) !== 'trust') continue;
      const path = pathKey(ref.path);
      for (const n of graph.nodes) {
        if (n.kind === 'trust-policy' && n.source && pathKey(n.source.path) === path) add(n.id);
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
  for (const ref of result.explain.decidingStatements) {
    const doc = documentOf(ref);
    const node = doc !== undefined ? byId.get(doc) : undefined;
    if (node !== undefined && LAYER_KINDS.has(node.kind)) add(node.id);
  }
  return { decision: result.decision, nodes: [...lit] };
}
