/**
 * What the engine says, as codes with typed params: notes on what it read, the detail of each
 * decision step, and the reasons for a decision. src/i18n words them in English and Japanese.
 */
import type { ParseDiagnosticCode, SyntaxError } from '../policy/types';
import type { Coded } from '../util/coded';
import type { PolicyKind } from './kinds';

/**
 * Why an answer is incomplete: the matchers' work budget ran out, or a bound cut a list short
 * (a policy element's values, a context key's values, a policy's statements, a list of policies)
 * so the entries beyond it were never matched.
 */
export const INCOMPLETE_CAUSES = [
  'work-budget',
  'policy-values-cut',
  'context-values-cut',
  'context-keys-cut',
  'statements-cut',
  'policies-cut',
] as const;
export type IncompleteCause = (typeof INCOMPLETE_CAUSES)[number];

/** A policy as the reasons name it: "identity policy 2", "the trust policy", "SCP 1". */
export interface PolicyName {
  kind: PolicyKind;
  /** Position in its list (identity, scp); 0 for single policies. */
  index: number;
  /** The resource policy is the role's trust policy (sts:AssumeRole…). */
  trust: boolean;
  /** The resource policy is a KMS key policy (a kms: action on a key). */
  key?: true;
}

/** A statement as the reasons name it: by Sid, else by its 1-based position. */
export interface StatementName {
  index: number;
  sid?: string;
}

/** A condition that kept an Allow statement from applying. */
export interface MissedCondition {
  operator: string;
  key: string;
  unknownOperator: boolean;
}

/** Notes: what the engine read, skipped or could not finish (policy, statement, condition, request). */
export interface NoteParams {
  'policy-syntax': {
    problem: ParseDiagnosticCode;
    syntaxError?: SyntaxError;
    line: number;
    column: number;
  };
  'policy-not-object': Record<string, never>;
  'policy-no-version': Record<string, never>;
  'policy-old-version': { version: string };
  'policy-no-statement': Record<string, never>;
  'statements-truncated': { limit: number; total: number };
  'statement-not-object': Record<string, never>;
  'effect-invalid': Record<string, never>;
  'no-action-element': Record<string, never>;
  'no-resource-element': Record<string, never>;
  'element-not-strings': { element: string };
  'values-truncated': { element: string; limit: number; total: number };
  'value-not-string': { element: string; index: number };
  'principal-invalid': { element: string };
  'principal-type-unknown': { element: string; type: string };
  'canonical-user-unsupported': Record<string, never>;
  'unresolved-variables': { variables: string[] };
  'resource-policy-needs-principal': Record<string, never>;
  'principal-ignored': { element: string; kind: PolicyKind };
  'not-principal-with-boundary': Record<string, never>;
  'not-principal-allow-unsupported': Record<string, never>;
  'statement-incomplete': { effect: 'Allow' | 'Deny'; causes: IncompleteCause[] };
  'condition-not-object': Record<string, never>;
  'operator-unknown': { operator: string };
  'operator-block-invalid': Record<string, never>;
  'condition-values-invalid': Record<string, never>;
  'multivalued-without-set-operator': Record<string, never>;
  'request-no-action': Record<string, never>;
  'context-not-object': Record<string, never>;
  'context-keys-truncated': { limit: number };
  'context-value-invalid': { key: string };
  'context-values-truncated': { key: string; limit: number };
  'context-derived': { keys: string[] };
  'policies-truncated': { kind: PolicyKind; limit: number };
  'identity-not-applicable': Record<string, never>;
  'scp-not-applicable': Record<string, never>;
  'boundary-not-applicable': Record<string, never>;
  'session-not-applicable': Record<string, never>;
  'rcp-not-applicable-service': { service: string };
  'rcp-not-applicable-service-linked-role': Record<string, never>;
  'rcp-full-access-implied': Record<string, never>;
  'policy-invalid': { policy: PolicyName; cause?: Note };
  'budget-exhausted': Record<string, never>;
}
export type NoteCode = keyof NoteParams;
export type Note = Coded<NoteParams>;

/** The detail of one decision step (see DECISION_STEPS). */
export interface StepParams {
  'deny-applies': Record<string, never>;
  'no-deny': Record<string, never>;
  'no-identity-side': Record<string, never>;
  'scp-missing-allow': Record<string, never>;
  'scp-all-allow': Record<string, never>;
  'no-scps': Record<string, never>;
  'caller-identity-exception': Record<string, never>;
  'rcp-missing-allow': Record<string, never>;
  'rcp-all-allow': Record<string, never>;
  'no-rcps': Record<string, never>;
  'rcps-not-applicable': Record<string, never>;
  'no-endpoint-policy': Record<string, never>;
  'endpoint-allows': Record<string, never>;
  'endpoint-no-allow': Record<string, never>;
  'root-full-access': Record<string, never>;
  'identity-allows': Record<string, never>;
  'identity-no-allow': Record<string, never>;
  'not-needed-direct-grant': Record<string, never>;
  'not-needed-role-grant': Record<string, never>;
  'no-boundary': Record<string, never>;
  'boundary-allows': Record<string, never>;
  'boundary-no-allow': Record<string, never>;
  'no-session-policy': Record<string, never>;
  'session-allows': Record<string, never>;
  'session-no-allow': Record<string, never>;
  'federated-without-session-policy': Record<string, never>;
  'resource-allows': { policy: PolicyName; who: string };
  'resource-no-allow': { policy: PolicyName; who: string };
  'resource-missing': { policy: PolicyName };
  'resource-names-principal': { policy: PolicyName; who: string };
  'resource-names-role': { policy: PolicyName };
  'resource-names-account': { policy: PolicyName };
  'no-resource-policy': Record<string, never>;
}
export type StepCode = keyof StepParams;
export type StepDetail = Coded<StepParams>;

/** Reasons for a decision, most important first. */
export interface ReasonParams {
  'explicit-deny': { statement: StatementName; policy: PolicyName; action: string };
  'resource-policy-allows': {
    statement: StatementName;
    policy: PolicyName;
    who: string;
    action: string;
  };
  'resource-policy-no-allow': { policy: PolicyName; who: string; action: string };
  'resource-policy-missing': { policy: PolicyName; who: string };
  'only-resource-policy-can-allow': { policy: PolicyName; who: string };
  'scp-no-allow': { policy: PolicyName; action: string };
  'caller-identity-no-permission': { action: string };
  'rcp-no-allow': { policy: PolicyName; action: string };
  'endpoint-no-allow': { action: string };
  'key-policy-no-allow': { who: string; action: string; given: boolean };
  'key-policy-account-needs-identity': Record<string, never>;
  'identity-no-allow': { action: string; resource: string };
  'boundary-no-allow': { action: string };
  'session-no-allow': { action: string };
  'federated-without-session-policy': Record<string, never>;
  'condition-not-met': {
    statement: StatementName;
    policy: PolicyName;
    conditions: MissedCondition[];
  };
  'cross-account-resource-policy-missing': { policy: PolicyName; who: string; given: boolean };
  'cross-account-allowed': { policy: PolicyName; action: string };
  'cross-account-needs-both': Record<string, never>;
  'direct-grant': { statement: StatementName; policy: PolicyName; who: string; action: string };
  'role-grant': { statement: StatementName; policy: PolicyName; role: string; action: string };
  'role-grant-limited': Record<string, never>;
  'trust-no-allow': { who: string; action: string; given: boolean };
  'identity-allows': {
    statement: StatementName;
    policy: PolicyName;
    action: string;
    resource: string;
  };
  'root-allowed': { action: string };
  'account-trust-delegates': { policy: PolicyName };
  'account-trust-needs-identity': Record<string, never>;
  incomplete: { causes: IncompleteCause[] };
  'evaluation-failed': { error: string };
}
export type ReasonCode = keyof ReasonParams;
export type Reason = Coded<ReasonParams>;

/** The empty params of codes that need none. */
export const NO_PARAMS: Record<string, never> = Object.freeze({}) as Record<string, never>;

/** Why a simulation request could not be read (the CLI prints one line, exit 2). */
export interface RequestErrorParams {
  'request-not-text': Record<string, never>;
  'request-too-large': { limit: number };
  'request-not-json': { detail: string };
  'request-unreadable': Record<string, never>;
  'request-not-object': Record<string, never>;
  'principal-not-object': Record<string, never>;
  'principal-type-count': Record<string, never>;
  'principal-empty': { type: string };
  'action-missing': Record<string, never>;
  'resource-missing': Record<string, never>;
  'resource-account-invalid': Record<string, never>;
  'context-not-object': Record<string, never>;
  'context-value-invalid': { key: string };
  'policies-not-object': Record<string, never>;
  'policy-list-not-array': { list: string };
  'policy-not-object-or-text': { where: string };
  'policy-unreadable': { where: string; problem: Note };
}
export type RequestErrorCode = keyof RequestErrorParams;
export type RequestError = Coded<RequestErrorParams>;
