/** Shapes of a simulation request and of the evaluation result with its explain trace (plain data). */

import type { JsonPath } from '../policy/types';
import type { IncompleteCause, Note, Reason, StepDetail } from './codes';
import type { PolicyKind, PrincipalType } from './kinds';

export * from './kinds';

/** The request's principal, shaped like a policy's Principal element. */
export interface PrincipalInput {
  AWS?: string;
  Service?: string;
  Federated?: string;
}

export type ContextScalar = string | number | boolean;
export type ContextValue = ContextScalar | readonly ContextScalar[];

/** Policies as parsed JSON objects or as JSON text (comments allowed). */
export interface SimulationPolicies {
  identity?: readonly unknown[];
  boundary?: unknown;
  session?: unknown;
  scp?: readonly unknown[];
  /** Resource control policies of the resource's organization (absent: RCPFullAWSAccess). */
  rcp?: readonly unknown[];
  /** The VPC endpoint policy the request passes through (absent: no endpoint, or full access). */
  endpoint?: unknown;
  resource?: unknown;
}

/** PRODUCT.md "Simulation request". */
export interface SimulationRequest {
  principal: PrincipalInput;
  action: string;
  resource: string;
  resourceAccount?: string;
  context?: Readonly<Record<string, ContextValue>>;
  policies: SimulationPolicies;
}

export const DECISIONS = ['Allow', 'ExplicitDeny', 'ImplicitDeny'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Whether an element matched; `not-applicable` when the element does not apply to this policy kind. */
export type MatchState = 'matched' | 'not-matched' | 'not-applicable';

/** How a Principal entry named the request's principal; it decides which implicit denies still apply. */
export const PRINCIPAL_MATCH_KINDS = [
  'any',
  'account',
  'user',
  'role',
  'role-session',
  'federated-user',
  'service',
  'federated',
  'not-principal',
] as const;
export type PrincipalMatchKind = (typeof PRINCIPAL_MATCH_KINDS)[number];

export const CONDITION_REASONS = [
  'matched',
  'not-matched',
  'key-missing',
  'key-missing-negated',
  'key-missing-if-exists',
  'key-missing-for-all-values',
  'key-missing-for-any-value',
  'null-check',
  'unknown-operator',
  'invalid-block',
] as const;
export type ConditionReason = (typeof CONDITION_REASONS)[number];

/** One condition key under one operator. */
export interface ConditionTrace {
  operator: string;
  key: string;
  /** Policy values after variable substitution. */
  values: string[];
  /** Request values for the key; null when the key is absent from the context. */
  contextValues: string[] | null;
  result: boolean;
  reason: ConditionReason;
  path: JsonPath;
  /** Policy variables that could not be resolved (their values cannot match). */
  unresolved?: string[];
  note?: Note;
  /** The answer for this key is unknown (a bound was reached); `result` is then false. */
  incomplete?: IncompleteCause[];
}

export type StatementEffect = 'Allow' | 'Deny' | 'Invalid';

export interface StatementTrace {
  index: number;
  sid?: string;
  effect: StatementEffect;
  path: JsonPath;
  action: MatchState;
  /** Path of the Action/NotAction entry that decided the match, when one did. */
  actionPath?: JsonPath;
  resource: MatchState;
  resourcePath?: JsonPath;
  principal: MatchState;
  principalMatch?: PrincipalMatchKind;
  principalPath?: JsonPath;
  conditions: ConditionTrace[];
  conditionsMatched: boolean;
  /** Action, resource, principal and conditions all matched: the statement's effect applies. */
  applies: boolean;
  /**
   * The work budget ran out while matching this statement: its answer is unknown, so it fails
   * closed (a Deny counts as applying, an Allow as not applying).
   */
  incomplete?: true;
  notes: Note[];
}

export interface PolicyTrace {
  kind: PolicyKind;
  /** Position in its list (identity, scp); 0 for single policies. */
  index: number;
  /** False when this policy kind does not apply to the principal (e.g. identity policies of a service). */
  applicable: boolean;
  /** False when the document could not be read as a policy. */
  valid: boolean;
  version?: string;
  statements: StatementTrace[];
  /**
   * Some applicable Allow statement applies; for an RCP with only Deny statements, true (it sits
   * beside RCPFullAWSAccess, which allows the rest; a note says so).
   */
  allows: boolean;
  /** Some applicable Deny statement applies. */
  denies: boolean;
  notes: Note[];
}

/** `guardrail`: an Allow of an SCP, RCP, VPC endpoint policy, boundary or session policy that lets the request through. */
export type StatementRole = 'explicit-deny' | 'grant' | 'guardrail';

/** A statement that decided the outcome, with enough to highlight its text in the editor. */
export interface StatementRef {
  policyKind: PolicyKind;
  policyIndex: number;
  statementIndex: number;
  path: JsonPath;
  effect: 'Allow' | 'Deny';
  role: StatementRole;
}

export const DECISION_STEPS = [
  'exception',
  'explicit-deny',
  'rcp',
  'scp',
  'endpoint',
  'resource-policy',
  'identity',
  'boundary',
  'session',
] as const;
export type DecisionStepName = (typeof DECISION_STEPS)[number];
export type StepOutcome = 'pass' | 'fail' | 'skipped';

export interface DecisionStep {
  step: DecisionStepName;
  outcome: StepOutcome;
  detail: StepDetail;
}

export interface RequestSummary {
  principal: string;
  principalType: PrincipalType;
  principalAccount?: string;
  action: string;
  resource: string;
  resourceAccount?: string;
  crossAccount: boolean;
  /** The action is one whose resource policy is the role's trust policy (sts:AssumeRole…). */
  trustPolicyAction: boolean;
  /** A KMS action on a key: the resource policy is the key policy, which must allow it itself. */
  keyPolicyAction?: true;
}

export interface ExplainTrace {
  request: RequestSummary;
  policies: PolicyTrace[];
  steps: DecisionStep[];
  decidingStatements: StatementRef[];
  /** Why, most important first (codes; src/i18n words them). */
  reasons: Reason[];
  notes: Note[];
  /** A bound was reached: some statement could not be matched and failed closed (see `reasons`). */
  incomplete?: true;
}

export interface EvaluationResult {
  decision: Decision;
  explain: ExplainTrace;
}
