/**
 * The walkthrough's steps, derived from the graph model (so it explains whatever role is drawn,
 * the user's own included): who asks → the trust policy admits them → STS → temporary
 * credentials → they sign requests as the role → the policies decide → services and actions →
 * resources. An open lesson brings its own steps instead. Pure: no React, no words (the card
 * words the facts each step carries, in the UI language).
 */
import {
  DEFAULT_SESSION_SECONDS,
  durationOf,
  EXAMPLE_ISSUED_AT,
  exampleCredentials,
  type Duration,
  type ExampleCredentials,
  type StatementName,
} from '../../core';
import type {
  ConditionText,
  Graph,
  GraphEdge,
  GraphNode,
  GraphText,
  NodeKind,
  ResourceNode,
  StsNode,
} from '../../graph';
import type { Bilingual, Lesson, NetworkRoute } from '../lessons/types';

/** A role-chaining session lasts at most one hour, whatever the role's maximum says (AWS STS). */
const CHAINED_MAX_SECONDS = 3600;

/** One trust statement as the trust step tells it. */
export interface TrustFact {
  label: GraphText;
  statement?: StatementName;
  effect: 'Allow' | 'Deny';
  conditions: ConditionText[];
}

/** What each step's card says, as facts the UI words (one variant per step of the story). */
export type WalkCard =
  | {
      kind: 'who';
      /** Principals the trust policy admits, and those a Deny statement refuses. */
      admitted: GraphText[];
      refused: GraphText[];
      /** EC2 asks on behalf of an instance, through its instance profile. */
      instanceProfile: boolean;
    }
  | { kind: 'trust'; statements: TrustFact[] }
  | {
      kind: 'sts';
      operations: string[];
      duration: Duration;
      /** A role may assume this one: role chaining caps the session at one hour. */
      chained: boolean;
      role?: GraphText;
    }
  | {
      kind: 'credentials';
      example: ExampleCredentials;
      issuedAt: string;
      duration: Duration;
      /** With role chaining: when a chained session's credentials expire (1 h at most). */
      chainedExpiration?: string;
    }
  | { kind: 'sign'; role?: GraphText; arn?: string }
  | {
      kind: 'decide';
      policies: GraphText[];
      boundary: boolean;
      session: boolean;
      scps: number;
    }
  | {
      kind: 'actions';
      services: number;
      actions: number;
      /** Cards allowed as written, and denied as written. */
      allowed: number;
      denied: number;
      /** A few of the actions, as written ("ssm:GetDocument"). */
      examples: string[];
    }
  | { kind: 'resources'; resources: GraphText[]; unrestricted: boolean }
  | { kind: 'lesson'; title: Bilingual; body: Bilingual; index: number };

export type WalkStepKind = WalkCard['kind'];

export interface WalkStep {
  /** A stable key (the step's kind, or the lesson step's index): the view refits when it changes. */
  key: string;
  /** The graph nodes the step highlights (every other node is dimmed). */
  nodes: string[];
  /** The edges the step highlights: those between its nodes and those it crosses. */
  edges: string[];
  /** The edges crossed to reach this step from the one before (drawn moving). */
  crossing: string[];
  card: WalkCard;
  /** A network route the step draws over the picture (a lesson's, e.g. ec2-ssm's VPC endpoints). */
  network?: NetworkRoute;
}

type Draft = Omit<WalkStep, 'edges' | 'crossing'>;

const ofKind = (graph: Graph, ...kinds: NodeKind[]) =>
  graph.nodes.filter((n) => kinds.includes(n.kind));

function stsStep(graph: Graph): Draft | undefined {
  const sts = graph.nodes.find((n): n is StsNode => n.kind === 'sts');
  if (!sts) return undefined;
  const role = graph.nodes.find((n) => n.kind === 'role');
  return {
    key: 'sts',
    nodes: [sts.id],
    card: {
      kind: 'sts',
      operations: [...sts.operations],
      duration: durationOf(sts.sessionDurationSeconds),
      chained: isChained(sts),
      ...(role ? { role: role.label } : {}),
    },
  };
}

function isChained(sts: StsNode): boolean {
  return sts.detail?.code === 'sts-summary-chained';
}

function whoStep(graph: Graph): Draft | undefined {
  const principals = ofKind(graph, 'principal');
  if (principals.length === 0) return undefined;
  const profiles = ofKind(graph, 'instance-profile');
  const refused = principals.filter((p) => p.kind === 'principal' && p.denied === true);
  return {
    key: 'who',
    nodes: [...principals, ...profiles].map((n) => n.id),
    card: {
      kind: 'who',
      admitted: principals.filter((p) => !refused.includes(p)).map((p) => p.label),
      refused: refused.map((p) => p.label),
      instanceProfile: profiles.length > 0,
    },
  };
}

function trustStep(graph: Graph): Draft | undefined {
  const trust = ofKind(graph, 'trust-policy', 'condition');
  if (trust.length === 0) return undefined;
  const statements: TrustFact[] = trust.flatMap((n) =>
    n.kind === 'trust-policy'
      ? [
          {
            label: n.statement !== undefined ? n.label : (n.detail ?? n.label),
            ...(n.statement !== undefined ? { statement: n.statement } : {}),
            effect: n.effect ?? 'Allow',
            conditions: n.conditions,
          },
        ]
      : [],
  );
  return { key: 'trust', nodes: trust.map((n) => n.id), card: { kind: 'trust', statements } };
}

function credentialsStep(graph: Graph): Draft | undefined {
  const credentials = graph.nodes.find((n) => n.kind === 'credentials');
  const sts = graph.nodes.find((n): n is StsNode => n.kind === 'sts');
  if (!credentials) return undefined;
  // The session lasts the role's maximum session duration (1 h unless set), as the STS node says.
  const seconds = sts?.sessionDurationSeconds ?? DEFAULT_SESSION_SECONDS;
  const chained = sts !== undefined && isChained(sts);
  return {
    key: 'credentials',
    nodes: [credentials.id],
    card: {
      kind: 'credentials',
      example: exampleCredentials(seconds),
      issuedAt: EXAMPLE_ISSUED_AT,
      duration: durationOf(seconds),
      ...(chained
        ? {
            chainedExpiration: exampleCredentials(Math.min(seconds, CHAINED_MAX_SECONDS))
              .expiration,
          }
        : {}),
    },
  };
}

function signStep(graph: Graph): Draft | undefined {
  const role = graph.nodes.find((n) => n.kind === 'role');
  const credentials = graph.nodes.find((n) => n.kind === 'credentials');
  if (!role) return undefined;
  return {
    key: 'sign',
    nodes: [...(credentials ? [credentials.id] : []), role.id],
    card: { kind: 'sign', role: role.label, ...(role.kind === 'role' ? { arn: role.arn } : {}) },
  };
}

function decideStep(graph: Graph): Draft | undefined {
  const policies = ofKind(graph, 'permission-policy');
  const layers = ofKind(graph, 'boundary', 'scp');
  const role = graph.nodes.find((n) => n.kind === 'role');
  if (policies.length === 0 && layers.length === 0 && !role) return undefined;
  return {
    key: 'decide',
    // A role without any policy is where the decision is made: nothing grants, so all is denied.
    nodes:
      policies.length + layers.length > 0
        ? [...policies, ...layers].map((n) => n.id)
        : role
          ? [role.id]
          : [],
    card: {
      kind: 'decide',
      policies: policies.map((p) => p.label),
      // A session policy is drawn as a boundary node (it only narrows too), with its own id.
      boundary: layers.some((n) => n.kind === 'boundary' && n.id !== 'session'),
      session: layers.some((n) => n.id === 'session'),
      scps: layers.filter((n) => n.kind === 'scp').length,
    },
  };
}

function actionsStep(graph: Graph): Draft | undefined {
  const services = ofKind(graph, 'service');
  const actions = graph.nodes.filter(
    (n) => n.kind === 'action' && n.expanded !== true && n.group === undefined,
  );
  if (services.length === 0 && actions.length === 0) return undefined;
  const shown = ofKind(graph, 'action');
  const effect = (n: GraphNode) => (n.kind === 'action' ? n.effect : undefined);
  return {
    key: 'actions',
    nodes: [...services, ...shown].map((n) => n.id),
    card: {
      kind: 'actions',
      services: services.filter((s) => s.kind === 'service' && s.group === undefined).length,
      actions: actions.length,
      allowed: actions.filter((n) => effect(n) === 'Allow').length,
      denied: actions.filter((n) => effect(n) === 'Deny').length,
      examples: actions.slice(0, 3).flatMap((n) => (n.kind === 'action' ? [n.action] : [])),
    },
  };
}

function resourcesStep(graph: Graph): Draft | undefined {
  const resources = graph.nodes.filter((n): n is ResourceNode => n.kind === 'resource');
  if (resources.length === 0) return undefined;
  return {
    key: 'resources',
    nodes: resources.map((n) => n.id),
    card: {
      kind: 'resources',
      resources: resources.map((r) => r.label),
      unrestricted: resources.some((r) => r.unrestricted),
    },
  };
}

/** The story's steps for any graph: each one present when the graph has its nodes. */
function storySteps(graph: Graph): Draft[] {
  return [
    whoStep(graph),
    trustStep(graph),
    stsStep(graph),
    credentialsStep(graph),
    signStep(graph),
    decideStep(graph),
    actionsStep(graph),
    resourcesStep(graph),
  ].filter((s): s is Draft => s !== undefined);
}

/** A lesson's own steps: the nodes of its kinds (action nodes narrowed to its actions, if given). */
function lessonSteps(graph: Graph, lesson: Lesson): Draft[] {
  return lesson.steps.map((step, index) => {
    const wanted = new Set((step.actions ?? []).map((a) => a.toLowerCase()));
    const nodes = graph.nodes.filter((n) => {
      if (!step.kinds.includes(n.kind)) return false;
      if (n.kind !== 'action' || wanted.size === 0) return true;
      return wanted.has(n.action.toLowerCase());
    });
    return {
      key: `lesson:${lesson.id}:${index}`,
      nodes: nodes.map((n) => n.id),
      card: { kind: 'lesson', title: step.title, body: step.body, index },
      ...(step.network ? { network: step.network } : {}),
    };
  });
}

/**
 * The edges of each step: those between its nodes, and the ones it crosses — from the previous
 * step's nodes into its own (for the first step, or where none lead in, those between its nodes).
 */
function withEdges(drafts: readonly Draft[], edges: readonly GraphEdge[]): WalkStep[] {
  return drafts.map((draft, i) => {
    const here = new Set(draft.nodes);
    const before = new Set(drafts[i - 1]?.nodes ?? []);
    const inner = edges.filter((e) => here.has(e.source) && here.has(e.target));
    const into = edges.filter(
      (e) => before.has(e.source) && !before.has(e.target) && here.has(e.target),
    );
    const crossing = into.length > 0 ? into : inner;
    const ids = new Set([...inner, ...into].map((e) => e.id));
    return { ...draft, edges: [...ids], crossing: crossing.map((e) => e.id) };
  });
}

/**
 * The walkthrough of `graph`: the lesson's own steps when a lesson with steps is open, else the
 * story of the role derived from the graph (steps whose nodes the graph lacks are left out, so
 * `?view=chain` stops at the role and `?view=permissions` starts there).
 */
export function walkthroughSteps(graph: Graph, lesson?: Lesson): WalkStep[] {
  const drafts = lesson && lesson.steps.length > 0 ? lessonSteps(graph, lesson) : storySteps(graph);
  return withEdges(drafts, graph.edges);
}
