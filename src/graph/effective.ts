/** What AWS would decide, drawn on the graph: per-action verdicts and the path a simulated request takes. */
import {
  actionMatches,
  evaluateRequest,
  hasWildcard,
  isAssumeRoleOperation,
  pathKey,
  policyName,
  scenarioAccount,
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
import { actionFacts, freeWitness, reaches, reachOf, witnessesOf } from './actionReach';
import type { CatalogView } from './catalogView';
import type { ActionNode, Graph, GraphNode } from './types';

/** The statement that explicitly denied a request, and the policy it stands in. */
export interface DeniedBy {
  statement: StatementName;
  policy: PolicyName;
}

/** AWS's decision on one request of the role's session. */
export interface RequestVerdict {
  decision: Decision;
  /** The engine's first reason for the decision. */
  reason: Reason;
  /** For explicit denies: the statement that denied it and the policy it stands in. */
  deniedBy?: DeniedBy;
}

/** The verdict on one resource an action card is linked to. */
export interface ResourceVerdict extends RequestVerdict {
  /** The resource node's id. */
  resource: string;
  /** The resource as the policy writes it (the node's ARN pattern, `*`, or a group's first). */
  pattern: string;
  /** The concrete ARN asked about: one the node's pattern names, of a type the action acts on. */
  arn: string;
  /** Every ARN asked about and its decision (`*` is asked once per resource type the action acts on). */
  checks: { arn: string; decision: Decision }[];
  /** Allowed on some of those ARNs only. */
  partial?: true;
}

/** The decision for one action node when the role's session calls it, on what it is linked to. */
export interface ActionVerdict extends RequestVerdict {
  /**
   * Allow when the session may call it on at least one of its resources (for a wildcard or a
   * group: at least one of its actions), ExplicitDeny when a statement denies it on every one,
   * else ImplicitDeny. `reason` and `deniedBy` are those of the first refusal when there is one.
   */
  decision: Decision;
  /** Per resource node, in the order of the card's links. */
  resources: ResourceVerdict[];
  /** Allowed on some of them only (or for some of a wildcard's actions only). */
  partial?: true;
  /** Every refusal is a condition the request (with no context) did not meet. */
  conditional?: true;
  /** For wildcards and groups: how many of the actions asked about are allowed. */
  actions?: { allowed: number; total: number };
  /** The action grants nothing: the catalog does not have it. */
  unknown?: true;
}

/** Beyond this many action nodes the effective view is skipped rather than slowing typing down. */
export const MAX_EFFECTIVE_ACTIONS = 600;
/** Requests the effective view may ask the engine in one go (~0.1 ms each). */
export const MAX_EFFECTIVE_REQUESTS = 1000;
/** Actions of one wildcard or group asked about, at most; beyond, its verdict is left out. */
const MAX_ACTIONS_PER_NODE = 40;
/** Resources of one card asked about, at most (a statement lists at most 30 before grouping). */
const MAX_RESOURCES_PER_NODE = 30;

/** The deciding statement of an explicit deny, named as the reasons name statements. */
function deniedBy(ref: StatementRef, result: EvaluationResult): DeniedBy {
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
 * AWS's verdict on one request of the role's session (action on resource), with every enabled
 * layer: the one question every verdict of the picture is made of, as the simulator asks it.
 */
export function actionVerdict(
  scenario: Scenario,
  action: string,
  resource = '*',
  disabled: ReadonlySet<DocId> = new Set(),
): RequestVerdict {
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

export interface EffectiveOptions {
  /** Documents switched off. */
  disabled?: ReadonlySet<DocId>;
  /** The IAM catalog: resource types give each resource a concrete ARN of the right format. */
  catalog?: CatalogView;
}

/** The catalog actions a node stands for: itself, a wildcard's matches, a group's members. */
function actionsOfNode(node: ActionNode, catalog: CatalogView | undefined): string[] | undefined {
  if (node.notAction === true) return undefined;
  if (node.group !== undefined) return node.group.filter((a) => !hasWildcard(a));
  if (node.wildcard === true) {
    if (node.expanded === true) return undefined;
    const facts = actionFacts({ action: node.action, kind: 'wildcard' }, catalog);
    return facts.infos?.map((i) => i.id);
  }
  return [node.action];
}

/** Combines the verdicts on a card's requests into the card's verdict. */
function combine(verdicts: readonly RequestVerdict[]): RequestVerdict & {
  partial?: true;
  conditional?: true;
} {
  const allowed = verdicts.filter((v) => v.decision === 'Allow');
  const refused = verdicts.filter((v) => v.decision !== 'Allow');
  const first = refused.find((v) => v.decision === 'ExplicitDeny') ?? refused[0];
  const conditional =
    refused.length > 0 && refused.every((v) => v.reason.code === 'condition-not-met');
  if (first === undefined) return allowed[0] ?? NOTHING;
  const decision = allowed.length > 0 ? 'Allow' : first.decision;
  return {
    decision,
    reason: first.reason,
    ...(first.deniedBy ? { deniedBy: first.deniedBy } : {}),
    ...(allowed.length > 0 ? { partial: true as const } : {}),
    ...(conditional ? { conditional: true as const } : {}),
  };
}

const NOTHING: RequestVerdict = {
  decision: 'ImplicitDeny',
  reason: { code: 'identity-no-allow', params: { action: '', resource: '' } },
};

/**
 * Evaluates every action node of the graph as the role's session would call it, with every
 * enabled layer (boundary, session policy, SCPs, resource policy), on each resource it is linked
 * to: a concrete ARN of that resource (one its pattern names, of a type the action acts on, by
 * the catalog's ARN formats), never on `*` for an action that acts on resources. A wildcard or a
 * group is asked about for each of its actions (up to a bound). An action the catalog does not
 * have grants nothing. Bounded: beyond MAX_EFFECTIVE_REQUESTS requests the rest is left out.
 */
export function effectiveActions(
  graph: Graph,
  scenario: Scenario,
  options: EffectiveOptions = {},
): Record<string, ActionVerdict> {
  const disabled = options.disabled ?? new Set<DocId>();
  const catalog = options.catalog;
  const hints = { account: scenarioAccount(scenario) };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const targetsOf = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (byId.get(e.target)?.kind !== 'resource') continue;
    targetsOf.set(e.source, [...(targetsOf.get(e.source) ?? []), e.target]);
  }
  const out: Record<string, ActionVerdict> = {};
  let budget = MAX_EFFECTIVE_REQUESTS;
  const ask = (action: string, arn: string): RequestVerdict | undefined => {
    if (budget <= 0) return undefined;
    budget -= 1;
    return actionVerdict(scenario, action, arn, disabled);
  };
  const nodes = graph.nodes.filter((n): n is ActionNode => n.kind === 'action');
  // Concrete cards first: they are what the picture mostly draws.
  const ordered = [
    ...nodes.filter((n) => n.wildcard !== true && n.group === undefined),
    ...nodes.filter((n) => n.wildcard === true || n.group !== undefined),
  ].slice(0, MAX_EFFECTIVE_ACTIONS);
  for (const node of ordered) {
    if (node.known === false) {
      out[node.id] = { ...NOTHING, resources: [], unknown: true };
      continue;
    }
    const actions = actionsOfNode(node, catalog);
    if (actions === undefined || actions.length === 0 || actions.length > MAX_ACTIONS_PER_NODE)
      continue;
    const linked = (targetsOf.get(node.id) ?? []).slice(0, MAX_RESOURCES_PER_NODE);
    const verdict = verdictOf(node, actions, linked, byId, catalog, hints, ask);
    if (verdict !== undefined) out[node.id] = verdict;
  }
  return out;
}

/** One card's verdict: each of its actions on each linked resource it acts on. */
function verdictOf(
  node: ActionNode,
  actions: readonly string[],
  linked: readonly string[],
  byId: ReadonlyMap<string, GraphNode>,
  catalog: CatalogView | undefined,
  hints: { account: string },
  ask: (action: string, arn: string) => RequestVerdict | undefined,
): ActionVerdict | undefined {
  const perResource = new Map<string, RequestVerdict[]>();
  const perResourceArns = new Map<string, { arn: string; decision: Decision }[]>();
  const perAction: RequestVerdict[] = [];
  for (const action of actions) {
    const facts = actionFacts({ action, kind: 'action' }, catalog);
    if (facts.known === false) continue;
    const reach = reachOf(facts, catalog, hints);
    const asked: RequestVerdict[] = [];
    for (const rid of linked) {
      const resource = byId.get(rid);
      if (resource?.kind !== 'resource' || reaches(reach, resource) === false) continue;
      for (const arn of witnessesOf(reach, resource)) {
        const verdict = ask(action, arn);
        if (verdict === undefined) return undefined;
        asked.push(verdict);
        perResource.set(rid, [...(perResource.get(rid) ?? []), verdict]);
        perResourceArns.set(rid, [
          ...(perResourceArns.get(rid) ?? []),
          { arn, decision: verdict.decision },
        ]);
      }
    }
    if (asked.length === 0) {
      // Linked to nothing it acts on: ask about one resource of its own kind, unrestricted.
      const arn = freeWitness(reach);
      const verdict = arn !== undefined ? ask(action, arn) : undefined;
      if (arn !== undefined && verdict === undefined) return undefined;
      if (verdict !== undefined) asked.push(verdict);
    }
    if (asked.length > 0) perAction.push(combine(asked));
  }
  if (perAction.length === 0) return undefined;
  const resources: ResourceVerdict[] = [];
  for (const [rid, verdicts] of perResource) {
    const checks = perResourceArns.get(rid) ?? [];
    const node = byId.get(rid);
    const pattern =
      node?.kind !== 'resource'
        ? rid
        : node.notResource === true
          ? `NotResource: ${node.arn}`
          : (node.group?.[0] ?? node.arn);
    resources.push({
      ...combine(verdicts),
      resource: rid,
      pattern,
      arn: checks[0]?.arn ?? '',
      checks,
    });
  }
  const several = actions.length > 1;
  // A card's verdict: over its actions for a wildcard or group, else over its resources.
  const whole = combine(several ? perAction : resources.length > 0 ? resources : perAction);
  const partial =
    whole.partial === true ||
    (whole.decision === 'Allow' &&
      (several ? perAction : resources).some((v) => 'partial' in v && v.partial === true));
  const allowed = perAction.filter((v) => v.decision === 'Allow').length;
  return {
    decision: whole.decision,
    reason: whole.reason,
    ...(whole.deniedBy ? { deniedBy: whole.deniedBy } : {}),
    resources,
    ...(partial ? { partial: true as const } : {}),
    ...(whole.conditional ? { conditional: true as const } : {}),
    ...(several ? { actions: { allowed, total: perAction.length } } : {}),
  };
}

/**
 * The graph with each action node's effective verdict written on it (`decision`, and `partial`
 * and `decisions` per resource), as Graph JSON carries them: the same verdicts the app draws.
 */
export function withDecisions(
  graph: Graph,
  verdicts: Readonly<Record<string, ActionVerdict>>,
): Graph {
  return {
    nodes: graph.nodes.map((node) => {
      const verdict = node.kind === 'action' ? verdicts[node.id] : undefined;
      if (node.kind !== 'action' || verdict === undefined) return node;
      const out: ActionNode = { ...node, decision: verdict.decision };
      if (verdict.partial === true) out.partial = true;
      if (verdict.resources.length > 0)
        out.decisions = verdict.resources.map((r) => ({
          resource: r.resource,
          arn: r.arn,
          decision: r.decision,
          ...(r.partial === true ? { partial: true } : {}),
        }));
      return out;
    }),
    edges: graph.edges,
  };
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
const LAYER_KINDS: ReadonlySet<GraphNode['kind']> = new Set([
  'boundary',
  'scp',
  'rcp',
  'endpoint-policy',
]);

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
