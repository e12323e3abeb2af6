/** English words for the linter's codes: each finding's message and each quick fix's title. */
import {
  EXAMPLE_ACCOUNT,
  FAMILY_OPERATOR,
  type ArnProblem,
  type FixParams,
  type LintParams,
  type PrincipalFreeKind,
  type SizeQuota,
  type ValueFamily,
} from '../../core';
import type { Renderers } from '../types';
import { listOf, orList, plural, quote, formatCount } from '../words';
import { parseDiagnosticText, syntaxErrorText } from './policy';

const q = (text: string): string => quote('en', text);
const num = (n: number): string => formatCount('en', n);
const didYouMean = (suggestion: string | undefined, otherwise: string): string =>
  suggestion !== undefined ? `; did you mean ${q(suggestion)}?` : otherwise;

const PRINCIPAL_FREE: Record<PrincipalFreeKind, string> = {
  identity: 'identity-based policies',
  boundary: 'permissions boundaries',
  session: 'session policies',
  scp: 'service control policies',
};

const WANTS: Record<ValueFamily, string> = {
  Numeric: 'a number such as 10',
  Date: 'an ISO 8601 date such as 2025-01-31T00:00:00Z (or epoch seconds)',
  Bool: 'true or false',
  Null: 'true or false',
  IpAddress: 'an IPv4 or IPv6 address or CIDR range such as 203.0.113.0/24',
  Arn: `an ARN such as arn:aws:iam::${EXAMPLE_ACCOUNT}:role/example`,
};

/** What is wrong with a string that starts like an ARN, part by part. */
function arnProblemEn(p: Exclude<ArnProblem, { part: 'not-arn' }>): string {
  switch (p.part) {
    case 'too-few-parts':
      return 'an ARN has six parts, arn:partition:service:region:account:resource';
    case 'resource':
      return 'the resource part is empty';
    case 'partition':
      return `${q(p.value)} is not a partition`;
    case 'service':
      return `${q(p.value)} is not a service name`;
    case 'region':
      return `${q(p.value)} is not a Region`;
    case 'account':
      return `${q(p.value)} is not a 12-digit account ID`;
  }
}

function quotaEn(quota: SizeQuota, limit: number, raisableTo: number | undefined): string {
  switch (quota) {
    case 'trust-max':
      return `the maximum size of a role trust policy (${num(limit)})`;
    case 'trust-default':
      return `the default role trust policy quota (${num(limit)}; it can be raised to ${num(raisableTo ?? limit)})`;
    case 'inline-total':
      return `the total size of a role’s inline policies (${num(limit)})`;
    case 'managed-inline-only':
      return `the size of a managed policy (${num(limit)}), so it only fits inline`;
    case 'managed':
      return `the size of a managed policy (${num(limit)})`;
    case 'session':
      return `the size of a session policy (${num(limit)})`;
    case 'scp':
      return `the maximum size of an SCP (${num(limit)})`;
  }
}

function redundantEn(noun: string, p: { entry: string; coveredBy?: string }): string {
  return p.coveredBy === undefined
    ? `${q(p.entry)} is listed twice in this statement; remove one.`
    : `${q(p.entry)} is already covered by ${q(p.coveredBy)} in this statement; the ${noun} can be removed.`;
}

/** Every finding's message in English: one renderer per lint code (a missing code is a type error). */
export const lintEn: Renderers<LintParams> = {
  'json-syntax': (p) =>
    `${syntaxErrorText('en', p.syntaxError)} AWS rejects a policy that is not valid JSON.`,
  'empty-document': () => parseDiagnosticText('en', { code: 'empty-document' }),
  'too-deep': (p) => parseDiagnosticText('en', { code: 'too-deep', ...p }),
  'duplicate-key': (p) =>
    `${parseDiagnosticText('en', { code: 'duplicate-key', key: p.key })} AWS does not merge duplicate keys, so the earlier value is silently lost.`,
  'not-object': () =>
    'A policy must be a JSON object such as {"Version": "2012-10-17", "Statement": [...]}.',
  'too-large-to-check': (p) =>
    `This document has ${num(p.length)} characters; Rolemap checks and draws documents of up to ${num(p.maxChars)} here, so it was neither checked nor drawn (the text is kept as it is). AWS's own limits are far smaller: 6,144 characters for a managed policy, 10,240 for all of a role's inline policies together.`,
  'empty-values-not-all-checked': (p) =>
    `This document holds ${num(p.total)} JSON objects and arrays; Rolemap looked for empty ones ("Action": [], "Condition": {}) in the first ${num(p.checked)} only, so an empty one among the other ${num(p.total - p.checked)} is not reported. This bound does not affect the other checks. AWS's size limits allow far fewer.`,
  'not-all-checked': (p) =>
    `${p.element === 'Statement' ? 'This policy has' : 'This list has'} ${num(p.total)} entries; Rolemap reads the first ${num(p.checked)}, so the other ${num(p.total - p.checked)} were neither checked nor drawn, and a decision that could depend on them is marked incomplete (a Deny is assumed to apply). AWS's size limits allow far fewer.`,
  comment: (p) =>
    `AWS rejects policies that contain comments; this document has ${plural(p.count, 'comment', 'comments')}. ` +
    'Remove them (or copy it as AWS-ready JSON) before using it in AWS.',
  'trailing-comma': (p) =>
    `AWS rejects JSON with a comma before a closing } or ]; this document has ${plural(p.count, 'trailing comma', 'trailing commas')}. ` +
    'Remove them (or copy it as AWS-ready JSON) before using it in AWS.',
  'unknown-element': (p) => {
    if (p.level === 'policy') {
      return p.suggestion !== undefined
        ? `${q(p.element)} must be written ${q(p.suggestion)}: element names are case-sensitive and AWS rejects unknown ones.`
        : `${q(p.element)} is not a policy element; at the top level AWS accepts only ${listOf('en', p.accepted, p.accepted.length)}.`;
    }
    return p.suggestion !== undefined
      ? `${q(p.element)} is not a statement element; did you mean ${q(p.suggestion)}? AWS rejects unknown elements (names are case-sensitive).`
      : `${q(p.element)} is not a statement element; AWS rejects it. Statements accept ${p.accepted.join(', ')}.`;
  },
  'statement-missing': () =>
    'The policy has no Statement element, so it grants or denies nothing and AWS rejects it.',
  'statement-invalid': (p) =>
    p.at === 'entry'
      ? 'Each entry of Statement must be an object with Effect, Action and so on.'
      : 'Statement must be an object or an array of objects.',
  'version-missing': (p) =>
    `The policy has no Version, so AWS reads it with the legacy ${p.legacy} language, where policy variables such as \${aws:username} do not work. Add "Version": ${q(p.current)}.`,
  'version-invalid': (p) =>
    `Version must be ${q(p.current)} (or the legacy ${q(p.legacy)}); AWS rejects any other value.`,
  'version-old': (p) =>
    `Version ${q(p.legacy)} is the legacy policy language, in which policy variables do not work. Use ${q(p.current)}.`,
  'variables-need-version': (p) =>
    `Policy variables such as \${aws:username} only work with "Version": ${q(p.current)}; without it AWS compares ${q(p.value)} as literal text.`,
  'effect-missing': () =>
    'The statement has no Effect; AWS rejects it. Add "Effect": "Allow" or "Effect": "Deny".',
  'effect-invalid': (p) =>
    p.proper !== undefined
      ? `Effect must be written exactly ${q(p.proper)} (case-sensitive); AWS rejects ${q(p.value)}.`
      : 'Effect must be "Allow" or "Deny"; AWS rejects any other value.',
  'action-missing': () =>
    'The statement has neither Action nor NotAction; AWS rejects it because it would apply to nothing.',
  'action-and-not-action': () =>
    'A statement may have Action or NotAction, not both; AWS rejects it.',
  'invalid-value': (p) =>
    `${p.element} takes a string or an array of strings; AWS rejects this value.`,
  'resource-missing': () =>
    'The statement has neither Resource nor NotResource; AWS rejects it. Use "Resource": "*" for all resources.',
  'resource-and-not-resource': () =>
    'A statement may have Resource or NotResource, not both; AWS rejects it.',
  'resource-in-trust-policy': () =>
    'A role trust policy must not have Resource or NotResource: the role itself is the resource, and IAM rejects the policy.',
  'principal-missing': (p) =>
    `The statement has no Principal; a ${p.kind === 'trust' ? 'trust' : 'resource-based'} policy must say who it applies to, and AWS rejects it without one.`,
  'principal-not-allowed': (p) =>
    `${p.element} is not allowed in ${PRINCIPAL_FREE[p.kind]}: they apply to whoever they are attached to, and AWS rejects the element.`,
  'principal-and-not-principal': () =>
    'A statement may have Principal or NotPrincipal, not both; AWS rejects it.',
  'not-principal-not-allowed': () =>
    'NotPrincipal is not supported in role trust policies; name the principals with Principal instead.',
  'principal-invalid': (p) =>
    p.type === undefined
      ? `A principal is "*" or an object such as {"AWS": "arn:aws:iam::${EXAMPLE_ACCOUNT}:root"}.`
      : `${q(p.type)} is not a principal type; use ${orList('en', p.accepted, p.accepted.length)}.`,
  'sid-invalid': (p) =>
    p.sid === undefined
      ? 'Sid must be a string.'
      : `Sid ${q(p.sid)} may contain only letters A-Z, a-z and digits 0-9 in IAM and Organizations policies; AWS rejects other characters.`,
  'sid-duplicate': (p) =>
    `Another statement already uses Sid ${q(p.sid)}; Sids must be unique within a policy.`,
  'trust-action-not-allowed': (p) =>
    `${q(p.action)} cannot be used in a role trust policy, which only controls ${p.allowed.join(', ')}.`,
  'trust-not-action': () =>
    'NotAction in a trust policy is hard to read and may admit more than you mean; list the sts actions with Action instead.',
  'action-malformed': (p) =>
    `${q(p.action)} is not an action: write it as service:Action, for example "s3:GetObject".`,
  'service-wildcard': (p) =>
    `${q(p.action)} uses a wildcard in the service name, so it can match actions of services you did not intend (and of services added later). Name the service.`,
  'unknown-service': (p) =>
    `${q(p.service)} is not an AWS service prefix${didYouMean(p.suggestion, '.')} The entry matches nothing.`,
  'unknown-action': (p) =>
    `${q(p.action)} is not an action of ${p.serviceName}${didYouMean(p.suggestion, '.')} An unknown action grants or denies nothing.`,
  'action-matches-nothing': (p) =>
    `${q(p.action)} matches no ${p.service} action, so this entry grants or denies nothing.`,
  'condition-invalid': (p) =>
    p.operator === undefined
      ? 'Condition must be an object of operator blocks, e.g. {"StringEquals": {"aws:PrincipalOrgID": "o-example"}}.'
      : `The ${q(p.operator)} block must be an object of condition keys and values.`,
  'null-with-if-exists': () =>
    'Null cannot be combined with IfExists: Null already tests whether the key is present. Use "Null".',
  'unknown-operator': (p) =>
    `${q(p.operator)} is not a condition operator${didYouMean(p.suggestion, '.')} AWS rejects the policy.`,
  'unknown-condition-key': (p) =>
    `${q(p.key)} is not a known ${p.global ? 'global' : 'service'} condition key; a condition on a key that is never in the request does not behave as intended.`,
  'forallvalues-single-valued-key': (p) =>
    `ForAllValues with the single-valued key ${q(p.key)} is overly permissive: it is also true when the key is missing from the request. Remove "ForAllValues:".`,
  'foranyvalue-single-valued-key': (p) =>
    `ForAnyValue is meant for multivalued keys; ${q(p.key)} is single-valued. Remove "ForAnyValue:".`,
  'value-type-mismatch': (p) =>
    p.value === undefined
      ? 'Condition values are strings, numbers or booleans, or an array of them.'
      : `${q(p.value)} does not fit ${p.operator}, which needs ${WANTS[p.family]}; the condition can never match as written.`,
  'malformed-policy-variable': (p) =>
    `${
      p.issue === 'unclosed'
        ? `${q(p.text)} opens a policy variable but never closes it with "}"`
        : `${q(p.text)} is not a valid policy variable`
    }; AWS then treats it as plain text and the element never matches as intended.`,
  'arn-malformed': (p) =>
    p.problem.part === 'not-arn'
      ? `${q(p.arn)} is not an ARN: resources are written arn:partition:service:region:account:resource, or "*".`
      : `Malformed ARN ${q(p.arn)}: ${arnProblemEn(p.problem)}.`,
  'pass-role-star-resource': () =>
    'This statement allows iam:PassRole on every role: whoever holds it can give any role, including administrator roles, to a service they control. List the role ARNs instead, or limit it to one service with the iam:PassedToService condition key.',
  'full-access': () =>
    'This statement allows every action on every resource: full administrator access. Grant only the actions and resources the role needs.',
  'permissions-management-wildcard': (p) =>
    `${q(p.action)} grants ${p.count !== undefined ? `${p.count} ` : ''}permissions-management actions, which can be used to change permissions and escalate privileges. List only the actions needed.`,
  'allow-not-action': () =>
    'Allow with NotAction on all resources grants every action except the listed ones, including actions of services added later. List the allowed actions instead.',
  'allow-not-principal': () =>
    'Allow with NotPrincipal grants access to every principal except the listed ones, anonymous users included. Name the allowed principals with Principal.',
  'open-to-anyone': (p) =>
    (p.kind === 'trust'
      ? 'Anyone in any AWS account can assume this role: the principal is "*" and no condition limits it to your accounts or organization (add aws:PrincipalOrgID or name the principals).'
      : 'Anyone, including anonymous users, is allowed: the principal is "*" and no condition limits it to known accounts, an organization or a source.') +
    (p.ignored
      ? ` ${p.ignored.operator} on ${q(p.ignored.key)} does not narrow it: negated operators, …IfExists, Null, ForAllValues and values such as "*", an ARN with any account or 0.0.0.0/0 let other callers through.`
      : ''),
  'oidc-missing-sub': (p) =>
    p.github
      ? `Any GitHub Actions workflow, in any repository, can assume this role: add a condition on ${q(p.key)} naming your repository (e.g. "repo:my-org/my-repo:*").`
      : `Anyone who can get a token from ${p.host} can assume this role: add a condition on ${q(p.key)} that names your identities.`,
  'oidc-github-wildcard-repo': (p) =>
    `${q(p.value)} does not pin one GitHub repository: workflows from other repositories could assume this role. Use "repo:<owner>/<repo>:…".`,
  'cross-account-without-external-id': (p) =>
    `Every principal of account ${p.account} that its admins allow can assume this role. If it is a third party's account, require sts:ExternalId; if it is in your organization, add aws:PrincipalOrgID.`,
  'policy-too-large': (p) =>
    `This policy has ${num(p.size)} characters${p.countsWhiteSpace ? '' : ' (not counting white space)'}, more than ${quotaEn(p.quota, p.limit, p.raisableTo)}; AWS rejects policies over the limit.`,
  'empty-value': (p) => `This ${p.container} is empty; remove the element or fill it in.`,
  'redundant-action': (p) => redundantEn('action', p),
  'redundant-resource': (p) => redundantEn('resource', p),
  'redundant-statement': (p) =>
    `This statement repeats statement ${p.index + 1} word for word (apart from its Sid); remove one.`,
  // principals
  'principal-wildcard': (p) =>
    `${p.type} principals do not support wildcards (*, ?) (only "AWS": "*" alone, which means everyone): AWS rejects ${q(p.value)} or it matches no one. ${
      p.type === 'AWS'
        ? 'Name each principal; to match many, name the account (or "*" with aws:PrincipalOrgID) and match aws:PrincipalArn with StringLike.'
        : 'Name the principal exactly.'
    }`,
  'service-principal-invalid': (p) =>
    `${q(p.value)} is not a service principal: AWS expects a name such as service-name.amazonaws.com${didYouMean(p.suggestion, '.')}`,
  'service-principal-without-source': (p) =>
    p.key === undefined
      ? `The service ${q(p.service)} can act on this resource on behalf of any AWS account's resources (the confused deputy problem): add a condition on aws:SourceArn or aws:SourceAccount naming your resource or account.`
      : `To limit ${q(p.service)} to acting for your own resources, use aws:SourceArn or aws:SourceAccount rather than ${q(p.key)} (the confused deputy problem).`,
  'principal-action-mismatch': (p) => {
    const saml = /saml/i.test(p.action);
    const one = p.principals.length === 1;
    return `${q(p.action)} is called with ${saml ? 'an assertion from a SAML provider' : 'a token from an OIDC provider'}, but ${
      one ? '' : 'none of '
    }${listOf('en', p.principals.map(q))} ${one ? 'is not' : 'is'} ${saml ? 'a SAML provider' : 'an OIDC provider'}, so this statement never matches. Use a SAML provider (Federated) with sts:AssumeRoleWithSAML, or an OIDC provider with sts:AssumeRoleWithWebIdentity.`;
  },
  'federated-principal-not-supported': (p) =>
    `Federated principals such as ${q(p.value)} work only in role trust policies; a resource-based policy such as a bucket policy does not support them. Name an AWS account, role or service instead.`,
  // condition keys, operators and values (issue 10)
  'condition-key-format': (p) =>
    `${q(p.key)} is not a condition key: write it as service:key, for example "aws:SourceIp" or "s3:prefix". AWS rejects the policy.`,
  'missing-tag-key': (p) =>
    `${q(p.key)} names no tag key: write the tag key after the slash (${q(p.template)}), for example ${q(`${p.key.replace(/\/$/, '')}/team`)}.`,
  'condition-key-not-checked': (p) =>
    `${q(p.service)} is not a service in the catalog, so the condition key ${q(p.key)} was not checked. If the service is new or retired, check the key against its documentation.`,
  'missing-set-qualifier': (p) =>
    `${q(p.key)} is multivalued (a request can carry several values), so ${p.operator} needs a set operator: write ForAllValues:${p.operator} (every value must match) or ForAnyValue:${p.operator} (at least one must).`,
  'operator-type-mismatch': (p) =>
    `${q(p.key)} is a ${p.keyType} key, and ${p.operator} is not an operator for that type; use ${orList(
      'en',
      p.expected.map((f) => FAMILY_OPERATOR[f]),
    )} (or another operator of that family).`,
  'condition-key-unsupported-action': (p) =>
    `The catalog does not list ${q(p.key)} for ${listOf('en', p.actions.map(q))}: their requests do not carry the key, so this condition does not work as written for them. Move them to a statement without this key.`,
  'variable-in-operator': (p) =>
    `${p.operator} does not substitute policy variables, so ${q(p.value)} is compared as written. Policy variables work only with String, ARN and Bool operators.`,
  'source-ip-private': (p) =>
    p.mixed
      ? `${listOf('en', p.values.map(q))} ${p.values.length === 1 ? 'is a private range' : 'are private ranges'}, which aws:SourceIp (the public address a request comes from) never holds; only the public ranges take effect. For addresses inside a VPC, use aws:VpcSourceIp.`
      : p.negated
        ? `aws:SourceIp holds the public address a request comes from, so ${p.operator} with only private ranges is always true and restricts nothing. For addresses inside a VPC, use aws:VpcSourceIp.`
        : `aws:SourceIp holds the public address a request comes from, so it never falls in the private ${p.values.length === 1 ? 'range' : 'ranges'} ${listOf('en', p.values.map(q))}: this condition is never true. For addresses inside a VPC, use aws:VpcSourceIp.`,
  'missing-paired-key': (p) =>
    `${q(p.key)} alone can be overly permissive: the same private addresses exist in many VPCs. Add ${listOf('en', p.paired.map(q))} to this condition block as well.`,
  'bool-multiple-values': (p) =>
    `${q(p.key)} is a Boolean key and holds one value; give Bool a single true or false.`,
  'tag-key-unsupported-service': (p) =>
    `${listOf('en', p.services.map(q))} ${p.services.length === 1 ? 'does' : 'do'} not support the tag condition key ${q(p.key)}: requests for ${p.services.length === 1 ? 'its' : 'their'} actions never carry it, so this condition cannot test tags for them. Move those actions to a statement without this key.`,
  'deny-tag-key-unsupported-service': (p) =>
    `This Deny can be overly permissive: ${listOf('en', p.services.map(q))} ${p.services.length === 1 ? 'does' : 'do'} not support the tag condition key ${q(p.key)}, so ${p.services.length === 1 ? 'its' : 'their'} actions are never denied by it. Move those actions to a Deny statement without this key.`,
  'deny-notaction-tag-key': (p) =>
    `This Deny with NotAction can be overly permissive: it reaches every service not listed, and many of them do not support the tag condition key ${q(p.key)}, so their actions are never denied by it. List the actions to deny in Action instead.`,
  // retired services, actions against resource types
  'retired-service': (p) =>
    p.status === 'renamed'
      ? `${q(p.service)} was the prefix of ${p.name}; the released service uses ${q(p.replacement ?? '')}, so this entry no longer grants or denies anything.`
      : `${p.name} (${q(p.service)}) has reached its end of support: AWS no longer lists its actions, so this entry grants or denies nothing. Remove it when the policy is yours.`,
  'retired-action': (p) =>
    `${q(p.action)} belonged to ${p.name}, which AWS has retired: the action no longer exists, so this entry grants or denies nothing.`,
  'resource-type-mismatch': (p) =>
    `${q(p.resource)} is not a resource ${p.actions.map(q).join(', ')}${p.more > 0 ? ` and ${p.more} more` : ''} can act on: ${
      p.starOnly
        ? 'these actions do not support resource-level permissions and act only on "*".'
        : `it fits none of the resource types the Service Authorization Reference lists for them${p.serviceName !== undefined ? ` (${p.serviceName})` : ''}.`
    } For these actions this entry grants (or denies) nothing.`,
  'missing-required-resource': (p) =>
    `${q(p.action)} acts on ${listOf('en', p.required.map(q), 8)} at once, and every one must be allowed; this policy allows it on no ${listOf('en', p.missing.map(q), 8)}, so the request is denied unless another policy allows those.`,
};

/** Every quick fix's title in English. */
export const fixEn: Renderers<FixParams> = {
  'replace-with': (p) => `Change to ${q(p.text)}`,
  'rename-to': (p) => `Rename to ${q(p.name)}`,
  'remove-comments': () => 'Remove all comments',
  'remove-trailing-commas': (p) =>
    p.count === 1 ? 'Remove the trailing comma' : 'Remove all trailing commas',
  'add-version': (p) => `Add "Version": ${q(p.version)}`,
};
