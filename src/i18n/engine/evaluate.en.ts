/** English words for the evaluation engine's codes: notes, decision steps, reasons, request errors. */
import type {
  NoteParams,
  PolicyKind,
  PolicyName,
  ReasonParams,
  RequestErrorParams,
  StatementName,
  StepParams,
} from '../../core';
import type { Renderers } from '../types';
import { listOf } from '../words';
import { incompleteCausesText } from './incomplete';
import { parseDiagnosticText } from './policy';

const KIND: Record<PolicyKind, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  boundary: 'permissions boundary',
  session: 'session policy',
  scp: 'SCP',
  rcp: 'RCP',
  endpoint: 'VPC endpoint policy',
};

/** "identity policy 2", "SCP 1", "the permissions boundary", "the trust policy". */
export function policyNameEn(p: PolicyName): string {
  switch (p.kind) {
    case 'identity':
      return `identity policy ${p.index + 1}`;
    case 'scp':
      return `SCP ${p.index + 1}`;
    case 'boundary':
      return 'the permissions boundary';
    case 'session':
      return 'the session policy';
    case 'rcp':
      return `RCP ${p.index + 1}`;
    case 'endpoint':
      return 'the VPC endpoint policy';
    case 'resource':
      return p.trust ? 'the trust policy' : p.key ? 'the key policy' : 'the resource-based policy';
  }
}

/** "Statement 'DenyS3'" or "Statement #2" when it has no Sid. */
export function statementNameEn(s: StatementName): string {
  return s.sid !== undefined ? `Statement '${s.sid}'` : `Statement #${s.index + 1}`;
}

const who = (w: string): string => (w === '' ? 'the principal' : w);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const notesEn: Renderers<NoteParams> = {
  'policy-syntax': (p) =>
    `The policy text cannot be read (line ${p.line}, column ${p.column}): ${parseDiagnosticText('en', { code: p.problem, syntaxError: p.syntaxError })}`,
  'policy-not-object': () =>
    'A policy must be a JSON object such as {"Version": …, "Statement": […]}.',
  'policy-no-version': () =>
    'No Version element: policy variables such as ${aws:username} are literal text.',
  'policy-old-version': (p) =>
    `Version ${p.version}: policy variables such as \${aws:username} are literal text.`,
  'policy-no-statement': () =>
    'The policy has no Statement element (an object or an array of objects).',
  'statements-truncated': (p) =>
    `Only the first ${p.limit} of ${p.total} statements were evaluated.`,
  'statement-not-object': () => 'The statement is not an object; it was ignored.',
  'effect-invalid': () =>
    'Effect must be "Allow" or "Deny" (case-sensitive); the statement was ignored.',
  'no-action-element': () =>
    'The statement has neither Action nor NotAction; it matches no request.',
  'no-resource-element': () =>
    'The statement has neither Resource nor NotResource; it matches no request.',
  'element-not-strings': (p) => `${p.element} must be a string or an array of strings.`,
  'values-truncated': (p) =>
    `${p.element}: only the first ${p.limit} of ${p.total} values were read.`,
  'value-not-string': (p) => `${p.element}[${p.index}] is not a string; it was ignored.`,
  'principal-invalid': (p) =>
    `${p.element} must be "*" or an object with AWS, Service, Federated or CanonicalUser.`,
  'principal-type-unknown': (p) =>
    `${p.element}.${p.type} is not a principal type (AWS, Service, Federated, CanonicalUser).`,
  'canonical-user-unsupported': () =>
    'CanonicalUser principals (S3 canonical ids) are not modelled and never match.',
  'unresolved-variables': (p) =>
    `Policy variables with no value in the request: ${p.variables.join(', ')}.`,
  'resource-policy-needs-principal': () =>
    'A resource-based policy statement needs Principal or NotPrincipal; it matches nobody.',
  'principal-ignored': (p) => `${p.element} is not used in ${KIND[p.kind]}s; it was ignored.`,
  'not-principal-allow-unsupported': () =>
    'NotPrincipal works only with Deny; with Allow AWS does not support it, so this statement grants nothing.',
  'not-principal-with-boundary': () =>
    'NotPrincipal with Deny always applies to an IAM principal with a permissions boundary.',
  'statement-incomplete': (p) =>
    p.effect === 'Deny'
      ? `Rolemap could not finish matching this statement (${incompleteCausesText('en', p.causes)}), so it counts as applying (a Deny fails closed).`
      : `Rolemap could not finish matching this statement (${incompleteCausesText('en', p.causes)}), so it counts as not applying (an Allow fails closed).`,
  'condition-not-object': () => 'Condition must be an object.',
  'operator-unknown': (p) => `Unknown operator "${p.operator}": the condition does not match.`,
  'operator-block-invalid': () => 'An operator must map condition keys to values.',
  'condition-values-invalid': () =>
    'Condition values must be strings, numbers, booleans or an array of them.',
  'multivalued-without-set-operator': () =>
    'A multivalued key is tested without ForAllValues or ForAnyValue.',
  'request-no-action': () => 'The request has no action; no statement can match it.',
  'context-not-object': () => 'The context is not an object; it was ignored.',
  'context-keys-truncated': (p) => `Only the first ${p.limit} context keys were read.`,
  'context-value-invalid': (p) =>
    `Context key "${p.key}" has a value that is not a string, number, boolean or array of them; it was ignored.`,
  'context-values-truncated': (p) =>
    `Context key "${p.key}": only the first ${p.limit} values were read.`,
  'context-derived': (p) => `Derived from the principal: ${p.keys.join(', ')}.`,
  'policies-truncated': (p) => `Only the first ${p.limit} ${KIND[p.kind]}s were evaluated.`,
  'identity-not-applicable': () =>
    'Only IAM users, roles and sessions have identity-based policies; it was not applied.',
  'scp-not-applicable': () => 'SCPs apply only to principals of member accounts.',
  'boundary-not-applicable': () => 'Permissions boundaries apply only to IAM users and roles.',
  'session-not-applicable': () =>
    'Session policies apply only to role and federated user sessions.',
  'rcp-not-applicable-service': (p) =>
    p.service === ''
      ? 'RCPs apply only to the services that support them; this action names no service.'
      : `RCPs do not apply to ${p.service} (only to services that support RCPs, such as Amazon S3, AWS STS, AWS KMS, Amazon SQS and Secrets Manager).`,
  'rcp-not-applicable-service-linked-role': () =>
    'RCPs do not restrict what service-linked roles do.',
  'rcp-full-access-implied': () =>
    'This RCP has only Deny statements: RCPFullAWSAccess, which AWS attaches at every level and which cannot be detached, allows everything else.',
  'policy-invalid': (p) =>
    `${cap(policyNameEn(p.policy))} could not be read${p.cause ? `: ${noteTextEn(p.cause)}` : '.'}`,
  'budget-exhausted': () =>
    'Matching stopped early: the policies needed more work than the evaluation allows. Statements it could not finish fail closed: a Deny counts as applying, an Allow does not.',
};

/** One note in English (policy-invalid nests its cause). */
export function noteTextEn<N extends { code: keyof NoteParams; params: unknown }>(note: N): string {
  const render = notesEn[note.code] as (params: unknown) => string;
  return render(note.params);
}

export const stepsEn: Renderers<StepParams> = {
  'deny-applies': () => 'A Deny statement applies; an explicit deny overrides every allow.',
  'no-deny': () => 'No Deny statement applies.',
  'no-identity-side': () =>
    'Service, federated and anonymous principals have no identity-side policies.',
  'scp-missing-allow': () => 'Every SCP must allow the action.',
  'scp-all-allow': () => 'Every SCP allows the action.',
  'no-scps': () => 'No SCPs were given.',
  'caller-identity-exception': () =>
    'sts:GetCallerIdentity needs no permission; no policy can deny it.',
  'rcp-missing-allow': () => 'Every RCP must allow the action.',
  'rcp-all-allow': () => 'Every RCP allows the action.',
  'no-rcps': () => 'No RCPs were given (RCPFullAWSAccess allows everything).',
  'rcps-not-applicable': () => 'The RCPs do not apply to this request.',
  'no-endpoint-policy': () => 'No VPC endpoint policy.',
  'endpoint-allows': () => 'The VPC endpoint policy allows it.',
  'endpoint-no-allow': () => 'The VPC endpoint policy does not allow it.',
  'root-full-access': () => 'The account root user has full access in its own account.',
  'identity-allows': () => 'An identity-based policy allows it.',
  'identity-no-allow': () => 'No identity-based policy allows it.',
  'not-needed-direct-grant': () =>
    'Not needed: a same-account grant to this principal is not limited by implicit denies.',
  'not-needed-role-grant': () =>
    'Not needed: a same-account grant to the role ARN is not limited by the identity-based policies.',
  'no-boundary': () => 'No permissions boundary.',
  'boundary-allows': () => 'The permissions boundary allows it.',
  'boundary-no-allow': () => 'The permissions boundary does not allow it.',
  'no-session-policy': () => 'No session policy.',
  'session-allows': () => 'The session policy allows it.',
  'session-no-allow': () => 'The session policy does not allow it.',
  'federated-without-session-policy': () =>
    'A federated user session without a session policy has no permissions.',
  'resource-allows': (p) => `${cap(policyNameEn(p.policy))} allows ${who(p.who)}.`,
  'resource-no-allow': (p) => `${cap(policyNameEn(p.policy))} does not allow ${who(p.who)}.`,
  'resource-missing': (p) => `No ${policyNameEn(p.policy).replace(/^the /, '')} was given.`,
  'resource-names-principal': (p) => `${cap(policyNameEn(p.policy))} names ${who(p.who)} directly.`,
  'resource-names-role': (p) =>
    `${cap(policyNameEn(p.policy))} names the role, which covers its sessions.`,
  'resource-names-account': (p) =>
    `${cap(policyNameEn(p.policy))} names the account, which delegates the decision to its identity-based policies.`,
  'no-resource-policy': () => 'No resource-based policy.',
};

const inPolicy = (s: StatementName, p: PolicyName): string =>
  `${statementNameEn(s)} in ${policyNameEn(p)}`;

export const reasonsEn: Renderers<ReasonParams> = {
  'explicit-deny': (p) => `${inPolicy(p.statement, p.policy)} explicitly denies ${p.action}.`,
  'resource-policy-allows': (p) =>
    `${inPolicy(p.statement, p.policy)} allows ${who(p.who)} to call ${p.action}.`,
  'resource-policy-no-allow': (p) =>
    `No statement in ${policyNameEn(p.policy)} allows ${who(p.who)} to call ${p.action}.`,
  'resource-policy-missing': (p) =>
    `No ${policyNameEn(p.policy).replace(/^the /, '')} was given, and nothing else can allow ${who(p.who)}.`,
  'only-resource-policy-can-allow': (p) =>
    `${cap(who(p.who))} has no identity-based policies, so only ${policyNameEn(p.policy)} can allow it.`,
  'scp-no-allow': (p) =>
    `${policyNameEn(p.policy)} has no statement that allows ${p.action}, so the request is implicitly denied.`,
  'caller-identity-no-permission': (p) =>
    `${p.action} needs no permission: anyone with valid credentials may call it, and even an explicit deny does not stop it.`,
  'rcp-no-allow': (p) =>
    `${policyNameEn(p.policy)} has no statement that allows ${p.action}, so the request is implicitly denied.`,
  'endpoint-no-allow': (p) =>
    `The VPC endpoint policy does not allow ${p.action}, so the request is implicitly denied.`,
  'key-policy-no-allow': (p) =>
    p.given
      ? `No statement in the key policy allows ${who(p.who)} to call ${p.action}; identity-based policies alone grant nothing on a KMS key.`
      : 'No key policy was given; identity-based policies alone grant nothing on a KMS key, its key policy must allow too.',
  'key-policy-account-needs-identity': () =>
    "The key policy names the account, not this principal, so the caller's identity-based policy must also allow it.",
  'identity-no-allow': (p) =>
    `No statement in the identity-based policies allows ${p.action} on ${p.resource}.`,
  'boundary-no-allow': (p) =>
    `The permissions boundary does not allow ${p.action}, so the request is implicitly denied.`,
  'session-no-allow': (p) =>
    `The session policy does not allow ${p.action}, so the request is implicitly denied.`,
  'federated-without-session-policy': () =>
    'A federated user session without a session policy has no permissions.',
  'condition-not-met': (p) => {
    const what = listOf(
      'en',
      p.conditions.map((c) =>
        c.unknownOperator ? `unknown operator ${c.operator}` : `${c.operator} on ${c.key}`,
      ),
    ).replace(/, /g, ' and ');
    return `${inPolicy(p.statement, p.policy)} would allow it, but its condition (${what}) is not met.`;
  },
  'cross-account-resource-policy-missing': (p) =>
    `Cross-account request: ${policyNameEn(p.policy)} must also allow ${who(p.who)}, and ${p.given ? 'it does not' : 'none was given'}.`,
  'cross-account-allowed': (p) =>
    `Cross-account request allowed: both the identity-based policy and ${policyNameEn(p.policy)} allow ${p.action}.`,
  'cross-account-needs-both': () =>
    "A cross-account request needs an allow on both sides: the principal's identity-based policy and the resource's policy.",
  'direct-grant': (p) =>
    `${inPolicy(p.statement, p.policy)} allows ${who(p.who)} to call ${p.action}; within one account an implicit deny in identity-based policies, a permissions boundary or a session policy does not limit a grant made directly to the principal.`,
  'role-grant': (p) =>
    `${inPolicy(p.statement, p.policy)} allows the role ${p.role} to call ${p.action}.`,
  'role-grant-limited': () =>
    'A grant to a role ARN is still limited by an implicit deny in the permissions boundary or session policy.',
  'trust-no-allow': (p) =>
    p.given
      ? `No statement in the trust policy allows ${who(p.who)} to call ${p.action}; an identity-based policy alone never lets anyone assume a role.`
      : 'No trust policy was given; an identity-based policy alone never lets anyone assume a role.',
  'identity-allows': (p) =>
    `${inPolicy(p.statement, p.policy)} allows ${p.action} on ${p.resource}.`,
  'root-allowed': (p) => `The account root user may call ${p.action} in its own account.`,
  'account-trust-delegates': (p) =>
    `${cap(policyNameEn(p.policy))} trusts the account, and the identity-based policy allows it.`,
  'account-trust-needs-identity': () =>
    "The trust policy names the account, not this principal, so the caller's identity-based policy must also allow it.",
  incomplete: (p) =>
    `The answer is incomplete (${incompleteCausesText('en', p.causes)}): unfinished Deny statements count as applying and unfinished Allow statements do not (it fails closed).`,
  'evaluation-failed': (p) => `The request could not be evaluated (${p.error}).`,
};

export const requestErrorsEn: Renderers<RequestErrorParams> = {
  'request-not-text': () => 'The request must be JSON text.',
  'request-too-large': (p) => `The request is larger than ${p.limit} characters.`,
  'request-not-json': (p) => `The request is not valid JSON: ${p.detail}`,
  'request-unreadable': () => 'The request could not be read.',
  'request-not-object': () =>
    'The request must be a JSON object with principal, action, resource and policies.',
  'principal-not-object': () =>
    'principal must be an object with one of "AWS", "Service" or "Federated", e.g. {"AWS": "arn:aws:iam::111122223333:user/alice"}.',
  'principal-type-count': () =>
    'principal must have exactly one of "AWS", "Service" or "Federated".',
  'principal-empty': (p) => `principal.${p.type} must be a non-empty string.`,
  'action-missing': () => 'action must be a non-empty string such as "s3:GetObject".',
  'resource-missing': () => 'resource must be a non-empty string: an ARN, or "*".',
  'resource-account-invalid': () => 'resourceAccount must be a 12-digit account id.',
  'context-not-object': () => 'context must be an object of condition keys to values.',
  'context-value-invalid': (p) =>
    `context["${p.key}"] must be a string, number, boolean or an array of them.`,
  'policies-not-object': () =>
    'policies must be an object with identity, boundary, session, scp, rcp, endpoint and resource.',
  'policy-list-not-array': (p) => `${p.list} must be an array of policies.`,
  'policy-not-object-or-text': (p) => `${p.where}: a policy must be an object or JSON text.`,
  'policy-unreadable': (p) => `${p.where}: ${noteTextEn(p.problem)}`,
};
