/** The graph's codes in English: node labels and details, edge verbs, condition sentences. */
import type { Duration, StatementName } from '../../core';
import type {
  ConditionText,
  ConditionTextParams,
  ConditionValues,
  GraphText,
  GraphTextParams,
  KnownProvider,
  ShortList,
} from '../../graph';
import { renderWith, type Renderers } from '../types';

/** Longest merged edge label: several statements' verbs are joined while shorter than this. */
export const MAX_MERGED_LABEL = 160;

function shortListEn(list: ShortList): string {
  const shown = list.items.join(', ');
  return list.more > 0 ? `${shown} and ${list.more} more` : shown;
}

function countEn(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "1 h", "90 min", "45 s". */
export function durationEn(d: Duration): string {
  return `${d.value} ${d.unit}`;
}

/** A statement as the graph names it: its Sid, else "Statement N". */
export function statementEn(s: StatementName): string {
  return s.sid !== undefined && s.sid !== '' ? s.sid : `Statement ${s.index + 1}`;
}

function moreEn(more: number): string {
  return more > 0 ? ` (+${more} more)` : '';
}

/** What each base operator asks of the key. */
const VERBS: Readonly<Record<string, string>> = {
  StringEquals: 'must equal',
  StringNotEquals: 'must not equal',
  StringEqualsIgnoreCase: 'must equal (ignoring case)',
  StringNotEqualsIgnoreCase: 'must not equal (ignoring case)',
  StringLike: 'must match',
  StringNotLike: 'must not match',
  NumericEquals: 'must equal',
  NumericNotEquals: 'must not equal',
  NumericLessThan: 'must be less than',
  NumericLessThanEquals: 'must be at most',
  NumericGreaterThan: 'must be greater than',
  NumericGreaterThanEquals: 'must be at least',
  DateEquals: 'must be the date',
  DateNotEquals: 'must not be the date',
  DateLessThan: 'must be before',
  DateLessThanEquals: 'must be at or before',
  DateGreaterThan: 'must be after',
  DateGreaterThanEquals: 'must be at or after',
  Bool: 'must be',
  BinaryEquals: 'must equal (binary)',
  IpAddress: 'must be in',
  NotIpAddress: 'must not be in',
  ArnEquals: 'must equal',
  ArnNotEquals: 'must not equal',
  ArnLike: 'must match',
  ArnNotLike: 'must not match',
};

/** The base operators that have an English verb (every one the engine knows but Null). */
export const CONDITION_VERBS_EN: ReadonlySet<string> = new Set(Object.keys(VERBS));

function valuesEn(v: ConditionValues): string {
  const list = v.shown.join(', ') + (v.more > 0 ? ` and ${v.more} more` : '');
  return v.shown.length + v.more > 1 ? `one of ${list}` : list;
}

/** Condition sentences in English. */
export const conditionEn: Renderers<ConditionTextParams> = {
  compare: (p) => {
    const verb = Object.hasOwn(VERBS, p.operator) ? VERBS[p.operator] : undefined;
    if (verb === undefined) return `${p.operator}: ${p.key} ${valuesEn(p.values)}`;
    const quantifier =
      p.qualifier === 'ForAllValues'
        ? 'every value of '
        : p.qualifier === 'ForAnyValue'
          ? 'at least one value of '
          : '';
    const suffix = p.ifExists ? ' (when the key is present)' : '';
    return `${quantifier}${p.key} ${verb} ${valuesEn(p.values)}${suffix}`;
  },
  'null-check': (p) => `${p.key} must be ${p.absent ? 'absent' : 'present'}`,
  'unknown-operator': (p) => `${p.operator}: ${p.key} ${valuesEn(p.values)}`,
  'invalid-block': (p) => `${p.operator}: ${p.value}`,
};

function conditionTextEn(c: ConditionText): string {
  return renderWith(conditionEn, c);
}

const PROVIDERS: Readonly<Record<KnownProvider, string>> = {
  github: 'GitHub Actions (OIDC)',
  cognito: 'Amazon Cognito identity pool',
  google: 'Google (OIDC)',
  facebook: 'Facebook',
  amazon: 'Login with Amazon',
  gitlab: 'GitLab (OIDC)',
  terraform: 'HCP Terraform (OIDC)',
};

/** Joins the verbs of a merged edge while the label stays under MAX_MERGED_LABEL characters. */
export function joinMerged(texts: readonly string[]): string {
  let out = '';
  for (const t of texts) {
    if (out === '') out = t;
    else if (out.length < MAX_MERGED_LABEL) out = `${out}; ${t}`;
  }
  return out;
}

/** Node labels, details and edge verbs in English. */
export const graphEn: Renderers<GraphTextParams> = {
  name: (p) => p.text,
  list: (p) => shortListEn(p),

  'trust-policy': () => 'Trust policy',
  'trust-statement': (p) =>
    p.effect === 'Deny' ? `${statementEn(p.statement)} (Deny)` : statementEn(p.statement),
  'may-assume': (p) => {
    const names = p.principals.map((t: GraphText) => renderWith(graphEn, t)).join(', ');
    const who = p.more > 0 ? `${names} and ${p.more} more` : names;
    return `${who} ${p.effect === 'Deny' ? 'may not call' : 'may call'} ${p.operations.join(' / ')}`;
  },
  'trust-admits-nobody': () => 'no statement admits a principal',
  'trust-unreadable': () => 'cannot be read yet',
  sts: () => 'AWS STS',
  'sts-summary': (p) =>
    `${p.operations.map((o) => o.replace(/^sts:/, '')).join(' / ')} · session up to ${durationEn(p.duration)}`,
  'sts-summary-chained': (p) =>
    `${p.operations.map((o) => o.replace(/^sts:/, '')).join(' / ')} · session up to ${durationEn(p.duration)}; at most 1 h when a role assumes it (role chaining)`,
  'temporary-credentials': () => 'Temporary credentials',
  'credentials-summary': (p) => `example values · expire after ${durationEn(p.duration)}`,
  'role-unnamed': () => 'Role',
  'role-summary': (p) => `max session ${durationEn(p.duration)}`,
  'instance-profile': () => 'Instance profile',
  'the-role': () => 'the role',

  anyone: () => 'Anyone (*)',
  'anyone-detail': () => 'every principal, in any account',
  'anyone-except': (p) => `Anyone except ${shortListEn(p.principals)}`,
  account: (p) => `Account ${p.account}`,
  'account-detail': (p) => `AWS account · ${p.value}`,
  'service-principal-detail': (p) =>
    p.instanceProfile ? 'AWS service · via instance profile' : 'AWS service',
  'user-detail': (p) => `IAM user · ${p.value}`,
  'role-detail': (p) => `IAM role · ${p.value}`,
  'role-session-detail': (p) => `role session · ${p.value}`,
  'aws-principal-detail': () => 'AWS principal',
  'federated-detail': (p) => `federated identity · ${p.value}`,
  'other-principal-detail': (p) => `${p.key} principal`,
  'saml-provider': (p) => `${p.name} (SAML)`,
  'oidc-provider': (p) => `${p.host} (OIDC)`,
  'web-identity-provider': (p) => PROVIDERS[p.provider],

  'policy-unnamed': (p) => `Policy ${p.number}`,
  'policy-summary': (p) =>
    `${p.managed ? 'managed' : 'inline'} · ${countEn(p.statements, 'statement')}`,
  'policy-unreadable': (p) => `${p.managed ? 'managed' : 'inline'} · cannot be read yet`,
  'all-services': () => 'All services',
  'unknown-service': () => 'Unknown service',
  'service-summary': (p) =>
    `${p.serviceName !== undefined ? `${p.serviceName} · ` : ''}${countEn(p.actions, 'action')}`,
  'services-count': (p) => countEn(p.count, 'service'),
  'actions-count': (p) => countEn(p.count, 'action'),
  'every-action': () => '* (every action in every service)',
  'every-action-except': (p) => `every action except ${shortListEn(p.actions)}`,
  'wildcard-count': (p) => `${p.pattern} (${countEn(p.actions, 'action')})`,
  'more-count': (p) => `+${p.count} more`,
  'only-if': (p) => `only if ${conditionTextEn(p.condition)}${moreEn(p.more)}`,
  'all-resources': () => 'All resources (*)',
  'unrestricted-pattern': () => 'all resources',
  'every-resource-except': (p) => `every resource except ${shortListEn(p.resources)}`,
  'grants-nothing-to': (p) => `This ARN grants nothing to ${shortListEn(p.actions)}`,

  'unknown-action': (p) =>
    p.serviceKnown ? 'Unknown action: grants nothing' : 'Unknown service: grants nothing',
  'matches-no-action': () => 'Matches no action: grants nothing',
  'did-you-mean': (p) => `Did you mean ${p.action}?`,
  'acts-on-none': () => 'Acts on none of the resources its statement names',
  'allowed-on-some': (p) =>
    `Allowed on ${shortListEn(p.allowed)}; not on ${shortListEn(p.refused)}`,
  'actions-allowed': (p) => `Allowed for ${p.allowed} of ${countEn(p.total, 'action')}`,
  'checked-on': (p) => `checked on ${shortListEn(p.arns)}`,

  'legend-unknown': () => 'Unknown action: grants nothing',
  'legend-partial': () => 'Allowed on some of its resources only',
  'legend-grants-nothing': () => 'Resource no action of its statement acts on',
  'legend-statement-comment': () => 'Comment on a whole statement',
  'resources-count': (p) => countEn(p.count, 'resource'),
  'more-resources': (p) => `${p.count} more ${p.count === 1 ? 'resource' : 'resources'}`,

  'permissions-boundary': () => 'Permissions boundary',
  'boundary-summary': () => 'limits the most the role’s policies can grant',
  'session-policy': () => 'Session policy',
  'session-summary': () => 'limits what this session may do',
  scp: (p) =>
    p.number !== undefined ? `Service control policy ${p.number}` : 'Service control policy',
  'scp-summary': () => 'limits what the role’s account may do',
  rcp: (p) =>
    p.number !== undefined ? `Resource control policy ${p.number}` : 'Resource control policy',
  'rcp-summary': () => 'limits what anyone may do to the organization’s resources',
  'endpoint-policy': () => 'VPC endpoint policy',
  'endpoint-summary': () => 'limits what passes through the VPC endpoint',

  asks: (p) => `asks ${p.operations.join(' / ')}`,
  'refused-by': (p) => `refused by ${statementEn(p.statement)}`,
  'launches-with': () => 'launches with',
  'admitted-by': (p) => `admitted by ${statementEn(p.statement)}`,
  issues: () => 'issues',
  'signs-requests-as': () => 'signs requests as',
  has: () => 'has',
  'limited-by': () => 'limited by',
  grants: () => 'grants',
  denies: () => 'denies',
  'grants-and-denies': () => 'grants and denies',
  'acts-on': () => 'on',
  'acts-on-only': (p) => `only ${shortListEn(p.actions)}`,
  'acts-on-if': (p) => `on, if ${conditionTextEn(p.condition)}${moreEn(p.more)}`,
  several: (p) => joinMerged(p.texts.map((t: GraphText) => renderWith(graphEn, t))),
};
