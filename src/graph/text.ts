/**
 * What the graph says, as codes with typed params: node labels and details, edge verbs and
 * condition sentences. src/i18n/engine/graph.ts words them in English and Japanese; nothing
 * here is a sentence, and no UI code reads a rendered label to decide anything.
 */
import type { Coded, Duration, StatementName } from '../core';

/** What one condition of a statement asks, e.g. "aws:SourceAccount must equal 111122223333". */
export interface ConditionValues {
  /** The first few values, as written (numbers and booleans as text). */
  shown: string[];
  /** How many more values the condition lists beyond `shown`. */
  more: number;
}

/** The first few items of a list and how many more it has: "a, b, c and 4 more". */
export interface ShortList {
  items: string[];
  more: number;
}

export interface ConditionTextParams {
  /** `key <operator> values`: `operator` is a base operator name of core's OPERATOR_NAMES. */
  compare: {
    operator: string;
    key: string;
    values: ConditionValues;
    /** ForAllValues: every value of a multivalued key; ForAnyValue: at least one of them. */
    qualifier?: 'ForAllValues' | 'ForAnyValue';
    /** …IfExists: the test only applies when the key is in the request. */
    ifExists: boolean;
  };
  /** The Null operator: the key must be absent (`true`) or present (`false`). */
  'null-check': { key: string; absent: boolean };
  /** An operator the engine does not know, shown with its key and values as written. */
  'unknown-operator': { operator: string; key: string; values: ConditionValues };
  /** An operator whose block is not an object: its value as written. */
  'invalid-block': { operator: string; value: string };
}
export type ConditionText = Coded<ConditionTextParams>;

/** Well-known web identity providers, named in words by i18n. */
export type KnownProvider =
  'github' | 'cognito' | 'google' | 'facebook' | 'amazon' | 'gitlab' | 'terraform';

/** Every text of the picture: node labels and details, edge verbs. */
export interface GraphTextParams {
  /** An identifier or value shown exactly as written (a service principal, an ARN, a policy name). */
  name: { text: string };
  /** Short lists of identifiers ("a, b, c and 2 more"), e.g. the members of a group node. */
  list: ShortList;

  // The chain: principal → trust policy → STS → credentials → role.
  'trust-policy': Record<string, never>;
  /** The statement a trust-policy node stands for; a Deny statement says so. */
  'trust-statement': { statement: StatementName; effect: 'Allow' | 'Deny' };
  /** What a trust statement says: "ec2.amazonaws.com may call sts:AssumeRole" (Deny: may not). */
  'may-assume': {
    principals: GraphText[];
    /** How many more principals the statement names beyond `principals`. */
    more: number;
    operations: string[];
    effect: 'Allow' | 'Deny';
  };
  'trust-admits-nobody': Record<string, never>;
  'trust-unreadable': Record<string, never>;
  sts: Record<string, never>;
  /** The STS operations asked for and how long the session may last. */
  'sts-summary': { operations: string[]; duration: Duration };
  /** As sts-summary, when a role may assume this one: a chained session lasts at most 1 h. */
  'sts-summary-chained': { operations: string[]; duration: Duration };
  'temporary-credentials': Record<string, never>;
  /** Example values, expiring after the session length. */
  'credentials-summary': { duration: Duration };
  /** A role without a name. */
  'role-unnamed': Record<string, never>;
  'role-summary': { duration: Duration };
  'instance-profile': Record<string, never>;
  /** The instance profile's detail when the role has no name. */
  'the-role': Record<string, never>;

  // Principals.
  anyone: Record<string, never>;
  'anyone-detail': Record<string, never>;
  /** A NotPrincipal statement: everyone except these. */
  'anyone-except': { principals: ShortList };
  account: { account: string };
  'account-detail': { value: string };
  'service-principal-detail': { instanceProfile: boolean };
  'user-detail': { value: string };
  'role-detail': { value: string };
  'role-session-detail': { value: string };
  'aws-principal-detail': Record<string, never>;
  'federated-detail': { value: string };
  /** A principal of a type Rolemap does not draw specially (e.g. CanonicalUser). */
  'other-principal-detail': { key: string };
  'saml-provider': { name: string };
  'oidc-provider': { host: string };
  'web-identity-provider': { provider: KnownProvider };

  // Permissions: policy → service → action → resource.
  'policy-unnamed': { number: number };
  'policy-summary': { managed: boolean; statements: number };
  'policy-unreadable': { managed: boolean };
  'all-services': Record<string, never>;
  'unknown-service': Record<string, never>;
  'service-summary': { serviceName?: string; actions: number };
  'services-count': { count: number };
  'actions-count': { count: number };
  'every-action': Record<string, never>;
  'every-action-except': { actions: ShortList };
  /** A wildcard and how many catalog actions it matches. */
  'wildcard-count': { pattern: string; actions: number };
  /** The "+N more" tail of a page of actions. */
  'more-count': { count: number };
  /** The first condition of the statement(s) behind an action, and how many more there are. */
  'only-if': { condition: ConditionText; more: number };
  'all-resources': Record<string, never>;
  /** The detail of an ARN pattern that covers every resource (`arn:*:*:*:*:*`). */
  'unrestricted-pattern': Record<string, never>;
  'every-resource-except': { resources: ShortList };
  /** A resource none of its statement's actions can act on (the catalog's resource types). */
  'grants-nothing-to': { actions: ShortList };

  // What an action really grants (the catalog and the effective view).
  /** An action the catalog does not have: of a known service, or of a service it does not know. */
  'unknown-action': { serviceKnown: boolean };
  /** A wildcard that matches no action of the catalog. */
  'matches-no-action': Record<string, never>;
  /** The action an unknown one most likely meant. */
  'did-you-mean': { action: string };
  /** None of the resources its statements name is one the action acts on. */
  'acts-on-none': Record<string, never>;
  /** Allowed on some of the resources it is linked to, not on the others. */
  'allowed-on-some': { allowed: ShortList; refused: ShortList };
  /** A wildcard or group: how many of its actions the session may call. */
  'actions-allowed': { allowed: number; total: number };
  /** The concrete resource the verdict was asked about, for a resource pattern. */
  'checked-on': { arns: ShortList };

  // The legend.
  'legend-unknown': Record<string, never>;
  'legend-partial': Record<string, never>;
  'legend-grants-nothing': Record<string, never>;
  'legend-statement-comment': Record<string, never>;
  'resources-count': { count: number };
  'more-resources': { count: number };

  // What limits the role.
  'permissions-boundary': Record<string, never>;
  'boundary-summary': Record<string, never>;
  'session-policy': Record<string, never>;
  'session-summary': Record<string, never>;
  /** An SCP; `number` when the scenario has more than one. */
  scp: { number?: number };
  'scp-summary': Record<string, never>;
  /** A resource control policy; `number` when the scenario has more than one. */
  rcp: { number?: number };
  'rcp-summary': Record<string, never>;
  'endpoint-policy': Record<string, never>;
  'endpoint-summary': Record<string, never>;

  // Edge verbs.
  asks: { operations: string[] };
  'refused-by': { statement: StatementName };
  'launches-with': Record<string, never>;
  'admitted-by': { statement: StatementName };
  issues: Record<string, never>;
  'signs-requests-as': Record<string, never>;
  has: Record<string, never>;
  'limited-by': Record<string, never>;
  grants: Record<string, never>;
  denies: Record<string, never>;
  'grants-and-denies': Record<string, never>;
  /** An action acts on a resource… */
  'acts-on': Record<string, never>;
  /** A service box acts on a resource through only some of its cards: "only ListBucket". */
  'acts-on-only': { actions: ShortList };
  /** …only if the statement's first condition holds (and `more` others). */
  'acts-on-if': { condition: ConditionText; more: number };
  /** One edge standing for several statements: each one's verb. */
  several: { texts: GraphText[] };
}
export type GraphTextCode = keyof GraphTextParams;
export type GraphText = Coded<GraphTextParams>;

/** The empty params of codes that need none (frozen, so nodes can share it). */
const NONE: Record<string, never> = Object.freeze({}) as Record<string, never>;

/** Builds a graph text with its params checked against the code. */
export function text<C extends GraphTextCode>(
  code: C,
  ...params: GraphTextParams[C] extends Record<string, never> ? [] : [GraphTextParams[C]]
): GraphText {
  return { code, params: params[0] ?? NONE } as GraphText;
}

/** An identifier or value shown as written, so labels that are not words stay one code. */
export function nameText(value: string): GraphText {
  return { code: 'name', params: { text: value } };
}

/** How many items a short list names before "and N more". */
export const SHORT_LIST = 3;

/** The first `max` items of a list and the count of the rest, so labels stay short and bounded. */
export function shortList(items: readonly string[], max = SHORT_LIST): ShortList {
  return { items: items.slice(0, max), more: Math.max(0, items.length - max) };
}
