/**
 * A lesson is data, not a component: a complete scenario whose policies carry comments in both
 * languages, a short explanation, the steps of its walkthrough and "predict the outcome"
 * questions that the real engine answers. The UI (picker, walkthrough, questions) reads these.
 */
import type { Decision, SimulationWho } from '../../core';
import type { NodeKind } from '../../graph';

/** The lesson ids PRODUCT.md lists ("Hooks in the page"), in the order the picker shows them. */
export const LESSON_IDS = [
  'ec2-ssm',
  'lambda-logs',
  'ecs-task-roles',
  'cross-account-externalid',
  'github-oidc',
  'saml-federation',
  'user-vs-role',
  'permissions-boundary',
  'scp-guardrail',
  'role-chaining',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

/** A text in both UI languages. Japanese is written for Japanese readers, not translated word for word. */
export interface Bilingual {
  en: string;
  ja: string;
}

/**
 * A policy document in both languages: the same JSON, with the comments (`//` or `#`) written in
 * each language. lessons.test.ts checks the two parse to the same policy.
 */
export type LessonDocument = Bilingual;

/** The lesson's scenario, in the shape of the scenario file (PRODUCT.md), with bilingual texts. */
export interface LessonScenario {
  title: Bilingual;
  role: {
    name: string;
    account?: string;
    maxSessionDuration?: number;
    trustPolicy: LessonDocument;
    permissionPolicies: { name: string; managed?: boolean; document: LessonDocument }[];
    permissionsBoundary?: LessonDocument;
  };
  sessionPolicy?: LessonDocument;
  scps?: LessonDocument[];
  resourcePolicy?: LessonDocument;
}

/** One step of a lesson's walkthrough: what to look at (nodes of these kinds) and what to say. */
export interface LessonStep {
  /** The graph nodes the step highlights, by kind (the others are dimmed). */
  kinds: readonly NodeKind[];
  /** Narrow the highlight to action nodes of these actions (e.g. ["ssm:UpdateInstanceInformation"]). */
  actions?: readonly string[];
  title: Bilingual;
  body: Bilingual;
  /** A network route the step draws over the picture, beside the permissions (the walkthrough's overlay). */
  network?: NetworkRoute;
}

/**
 * The route a request still needs once the policies allow it: from where, through which interface
 * VPC endpoints (by service prefix) or a NAT gateway, to which service. Not part of the graph model.
 */
export interface NetworkRoute {
  from: Bilingual;
  /** Interface VPC endpoints the route can go through, by service prefix ("ssm"). */
  endpoints: readonly string[];
  /** A NAT gateway is the other way out. */
  nat: boolean;
  to: Bilingual;
}

/** A request the learner predicts the outcome of, asked as the simulator would ask it. */
export interface LessonQuestion {
  id: string;
  prompt: Bilingual;
  /** Who asks: the role's session, a principal its trust policy names, or a typed principal. */
  who: SimulationWho;
  action: string;
  /** The resource ARN ('' or '*' for an action without resource types). */
  resource: string;
  /** The STS operation when assuming the role ('' = the principal's natural one). */
  operation?: string;
  /** The caller's own identity policy allows the operation on the role (cross-account callers). */
  callerAllows?: boolean;
  /** Condition key values of the request. */
  context?: Readonly<Record<string, string>>;
  /**
   * AWS's answer, taken from AWS's documentation (see `source`), not from our engine:
   * lessons.test.ts checks the engine agrees.
   */
  expected: Decision;
  /** Why, in words a learner follows; shown after the engine has answered. */
  why: Bilingual;
  /** The AWS documentation page the expected answer comes from. */
  source: string;
}

export interface Lesson {
  id: LessonId;
  title: Bilingual;
  /** One or two sentences: what the learner will understand at the end. */
  summary: Bilingual;
  /** A short explanation, a few paragraphs (plain text; blank line between paragraphs). */
  explanation: Bilingual;
  scenario: LessonScenario;
  steps: readonly LessonStep[];
  /** Two or three questions. */
  questions: readonly LessonQuestion[];
  /** Glossary terms the lesson relies on (ids of glossary entries). */
  terms?: readonly string[];
  /** Lint error codes the lesson is about (its policies lint clean otherwise, comments aside). */
  lintErrors?: readonly string[];
}
