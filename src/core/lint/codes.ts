/**
 * What the linter says, as codes with typed params: every finding's code and the values its
 * message names, and every quick fix's title. src/i18n/engine words them in English and Japanese.
 */
import type { SyntaxError } from '../policy/types';
import type { Coded } from '../util/coded';

/** No values to name: the code says it all. */
type NoParams = Record<string, never>;

/** The string-list elements whose entries must be strings. */
export type ListElementName = 'Action' | 'NotAction' | 'Resource' | 'NotResource';

/** The policy kinds that must not name a principal (they apply to whoever they are attached to). */
export type PrincipalFreeKind = 'identity' | 'boundary' | 'session' | 'scp';

/** What is wrong with a resource ARN, part by part (`value` is the offending part as written). */
export type ArnProblem =
  | { readonly part: 'not-arn' }
  | { readonly part: 'too-few-parts' }
  | { readonly part: 'resource' }
  | { readonly part: 'partition' | 'service' | 'region' | 'account'; readonly value: string };

/** The condition operator families whose values have a type the linter checks. */
export type ValueFamily = 'Numeric' | 'Date' | 'Bool' | 'Null' | 'IpAddress' | 'Arn';

/** Every condition operator family, for what fits a key's type. */
export type ConditionFamily =
  'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** An operator of each family, to name in a message what fits a key's type (the same in every language). */
export const FAMILY_OPERATOR: Readonly<Record<ConditionFamily, string>> = {
  String: 'StringEquals',
  Numeric: 'NumericEquals',
  Date: 'DateGreaterThan',
  Bool: 'Bool',
  Binary: 'BinaryEquals',
  IpAddress: 'IpAddress',
  Arn: 'ArnLike',
  Null: 'Null',
};

/** Which size quota a policy exceeds (IAM, STS and Organizations quotas). */
export type SizeQuota =
  | 'trust-max'
  | 'trust-default'
  | 'inline-total'
  | 'managed-inline-only'
  | 'managed'
  | 'session'
  | 'scp';

/** Every lint code and the params its message needs. */
export interface LintParams {
  // syntax
  'json-syntax': { syntaxError?: SyntaxError };
  'empty-document': NoParams;
  'too-deep': { maxDepth?: number };
  'duplicate-key': { key: string };
  'not-object': NoParams;
  /** Longer than the caller reads (the page's bound): nothing else was checked. */
  'too-large-to-check': { length: number; maxChars: number };
  /** A list (or the Statement array) longer than the reader's bound: only its first part was read. */
  'not-all-checked': { element: string; checked: number; total: number };
  /** The empty-value check walked only the first `checked` of the document's objects and arrays. */
  'empty-values-not-all-checked': { checked: number; total: number };
  // comments
  comment: { count: number };
  'trailing-comma': { count: number };
  // document and statement grammar
  'unknown-element': {
    element: string;
    /** Where the element stands: the top level of the document or a statement. */
    level: 'policy' | 'statement';
    /** The properly spelt element, when the name is a case slip or a plural. */
    suggestion?: string;
    /** The elements AWS accepts at that level. */
    accepted: readonly string[];
  };
  'statement-missing': NoParams;
  /** `entry`: one entry of the Statement array is not an object; `element`: Statement itself is neither. */
  'statement-invalid': { at: 'entry' | 'element' };
  'version-missing': { current: string; legacy: string };
  'version-invalid': { current: string; legacy: string };
  'version-old': { current: string; legacy: string };
  'variables-need-version': { current: string; value: string };
  'effect-missing': NoParams;
  /** `proper` is the right spelling when the value differs from it only in case. */
  'effect-invalid': { value: string; proper?: 'Allow' | 'Deny' };
  'action-missing': NoParams;
  'action-and-not-action': NoParams;
  'invalid-value': { element: ListElementName };
  'resource-missing': NoParams;
  'resource-and-not-resource': NoParams;
  'resource-in-trust-policy': NoParams;
  'principal-missing': { kind: 'trust' | 'resource' };
  'principal-not-allowed': { element: 'Principal' | 'NotPrincipal'; kind: PrincipalFreeKind };
  'principal-and-not-principal': NoParams;
  'not-principal-not-allowed': NoParams;
  /** With `type`: an unknown principal type (`accepted` lists the known ones); without: neither `*` nor an object. */
  'principal-invalid': { type: string; accepted: readonly string[] } | { type?: undefined };
  /** With `sid`: characters IAM rejects; without: the Sid is not a string. */
  'sid-invalid': { sid?: string };
  'sid-duplicate': { sid: string };
  // trust policies and SCPs
  'trust-action-not-allowed': { action: string; allowed: readonly string[] };
  'trust-not-action': NoParams;
  // actions
  'action-malformed': { action: string };
  'service-wildcard': { action: string };
  'unknown-service': { service: string; suggestion?: string };
  'unknown-action': { action: string; serviceName: string; suggestion?: string };
  'action-matches-nothing': { action: string; service: string };
  // conditions
  /** With `operator`: that operator's block is not an object; without: Condition itself is not. */
  'condition-invalid': { operator?: string };
  'null-with-if-exists': NoParams;
  'unknown-operator': { operator: string; suggestion?: string };
  'unknown-condition-key': { key: string; global: boolean };
  'forallvalues-single-valued-key': { key: string };
  'foranyvalue-single-valued-key': { key: string };
  /** With `value`: it does not fit the operator's type; without: a value is not a scalar. */
  'value-type-mismatch':
    { value: string; operator: string; family: ValueFamily } | { value?: undefined };
  /** `text` is the unclosed tail (`${aws:username`) or the whole bad variable (`${a b}`). */
  'malformed-policy-variable': { issue: 'unclosed' | 'invalid-name'; text: string };
  // resources
  'arn-malformed': { arn: string; problem: ArnProblem };
  // security
  'pass-role-star-resource': NoParams;
  'full-access': NoParams;
  /** `count`: how many permissions-management actions it matches, when the catalog knows. */
  'permissions-management-wildcard': { action: string; count?: number };
  'allow-not-action': NoParams;
  'allow-not-principal': NoParams;
  /** `ignored`: a condition on a narrowing key that does not narrow (negated, IfExists, `*`…). */
  'open-to-anyone': {
    kind: 'trust' | 'resource';
    ignored?: { readonly operator: string; readonly key: string };
  };
  'oidc-missing-sub': { host: string; key: string; github: boolean };
  'oidc-github-wildcard-repo': { value: string };
  'cross-account-without-external-id': { account: string };
  // quotas
  'policy-too-large': {
    size: number;
    limit: number;
    quota: SizeQuota;
    /** The larger quota a default one can be raised to. */
    raisableTo?: number;
    /** Organizations counts every character of an SCP; IAM leaves white space out. */
    countsWhiteSpace: boolean;
  };
  // suggestions
  'empty-value': { container: 'array' | 'object' };
  /** Without `coveredBy` the entry is listed twice; with it, a wildcard entry already covers it. */
  'redundant-action': { entry: string; coveredBy?: string };
  'redundant-resource': { entry: string; coveredBy?: string };
  /** `index`: the 0-based position of the earlier statement it repeats. */
  'redundant-statement': { index: number };
  // principals (Access Analyzer's principal checks)
  /** A wildcard inside a principal value (`user/*`, `arn:aws:iam::*:root`, `"Service": "*"`). */
  'principal-wildcard': { type: string; value: string };
  /** `suggestion`: the value with `.amazonaws.com` when it is a bare service name such as `ec2`. */
  'service-principal-invalid': { value: string; suggestion?: string };
  /** With `key`: another condition key narrows it, but not the source (a suggestion). */
  'service-principal-without-source': { service: string; key?: string };
  'principal-action-mismatch': { action: string; principals: readonly string[] };
  'federated-principal-not-supported': { value: string };
  // condition keys, operators and values (issue 10)
  /** A key without the `service:` prefix (Access Analyzer "Invalid condition key format"). */
  'condition-key-format': { key: string };
  /** `template` is the catalog's spelling, e.g. `aws:ResourceTag/${TagKey}`. */
  'missing-tag-key': { key: string; template: string };
  /** The key's service is unknown to the catalog, so the key was not checked. */
  'condition-key-not-checked': { key: string; service: string };
  /** A multivalued key (`aws:TagKeys`) with a plain operator: ForAllValues/ForAnyValue is needed. */
  'missing-set-qualifier': { key: string; operator: string };
  /** `expected`: the operator families that fit the key's type. */
  'operator-type-mismatch': {
    key: string;
    operator: string;
    keyType: string;
    expected: readonly ConditionFamily[];
  };
  /** `actions`: the statement's actions (or patterns) that the service key does not apply to. */
  'condition-key-unsupported-action': { key: string; actions: readonly string[] };
  /** A policy variable in an operator that does not substitute variables (only String and Arn do). */
  'variable-in-operator': { operator: string; value: string };
  /** aws:SourceIp with private ranges: `mixed` when public ranges are listed too. */
  'source-ip-private': {
    operator: string;
    negated: boolean;
    mixed: boolean;
    values: readonly string[];
  };
  /** `paired`: the keys AWS recommends beside `key` in the same condition block. */
  'missing-paired-key': { key: string; paired: readonly string[] };
  /** Bool with several values for one key: a Boolean key holds one value. */
  'bool-multiple-values': { key: string };
  /** `services`: the prefixes of the statement's services that support none of the key's family. */
  'tag-key-unsupported-service': { key: string; services: readonly string[] };
  'deny-tag-key-unsupported-service': { key: string; services: readonly string[] };
  'deny-notaction-tag-key': { key: string };
  // retired services, actions against resource types
  /** A service AWS ended (`ended`) or whose preview prefix the released one replaced (`renamed`). */
  'retired-service': {
    service: string;
    name: string;
    status: 'ended' | 'renamed';
    replacement?: string;
  };
  /** An action of a retired generation of its service (`name`: "AWS CloudHSM Classic"). */
  'retired-action': { action: string; name: string };
  /**
   * No action of the statement can act on this ARN. `actions`: up to three of its Action entries
   * (`more` left out); `starOnly`: none of them has a resource type (they act only on "*").
   */
  'resource-type-mismatch': {
    resource: string;
    actions: readonly string[];
    more: number;
    starOnly: boolean;
    serviceName?: string;
  };
  /** The action needs every `required` resource type; the policy allows it on none of `missing`. */
  'missing-required-resource': {
    action: string;
    missing: readonly string[];
    required: readonly string[];
  };
}

export type LintCode = keyof LintParams;

const CODES: { readonly [C in LintCode]: true } = {
  'json-syntax': true,
  'empty-document': true,
  'too-deep': true,
  'duplicate-key': true,
  'not-object': true,
  'too-large-to-check': true,
  'not-all-checked': true,
  'empty-values-not-all-checked': true,
  comment: true,
  'trailing-comma': true,
  'unknown-element': true,
  'statement-missing': true,
  'statement-invalid': true,
  'version-missing': true,
  'version-invalid': true,
  'version-old': true,
  'variables-need-version': true,
  'effect-missing': true,
  'effect-invalid': true,
  'action-missing': true,
  'action-and-not-action': true,
  'invalid-value': true,
  'resource-missing': true,
  'resource-and-not-resource': true,
  'resource-in-trust-policy': true,
  'principal-missing': true,
  'principal-not-allowed': true,
  'principal-and-not-principal': true,
  'not-principal-not-allowed': true,
  'principal-invalid': true,
  'sid-invalid': true,
  'sid-duplicate': true,
  'trust-action-not-allowed': true,
  'trust-not-action': true,
  'action-malformed': true,
  'service-wildcard': true,
  'unknown-service': true,
  'unknown-action': true,
  'action-matches-nothing': true,
  'condition-invalid': true,
  'null-with-if-exists': true,
  'unknown-operator': true,
  'unknown-condition-key': true,
  'forallvalues-single-valued-key': true,
  'foranyvalue-single-valued-key': true,
  'value-type-mismatch': true,
  'malformed-policy-variable': true,
  'arn-malformed': true,
  'pass-role-star-resource': true,
  'full-access': true,
  'permissions-management-wildcard': true,
  'allow-not-action': true,
  'allow-not-principal': true,
  'open-to-anyone': true,
  'oidc-missing-sub': true,
  'oidc-github-wildcard-repo': true,
  'cross-account-without-external-id': true,
  'policy-too-large': true,
  'empty-value': true,
  'redundant-action': true,
  'redundant-resource': true,
  'redundant-statement': true,
  // principals
  'principal-wildcard': true,
  'service-principal-invalid': true,
  'service-principal-without-source': true,
  'principal-action-mismatch': true,
  'federated-principal-not-supported': true,
  'condition-key-format': true,
  'missing-tag-key': true,
  'condition-key-not-checked': true,
  'missing-set-qualifier': true,
  'operator-type-mismatch': true,
  'condition-key-unsupported-action': true,
  'variable-in-operator': true,
  'source-ip-private': true,
  'missing-paired-key': true,
  'bool-multiple-values': true,
  'tag-key-unsupported-service': true,
  'deny-tag-key-unsupported-service': true,
  'deny-notaction-tag-key': true,
  // retired services, actions against resource types
  'retired-service': true,
  'retired-action': true,
  'resource-type-mismatch': true,
  'missing-required-resource': true,
};

/** Every lint code, for docs, tests and the renderers' completeness checks. */
export const LINT_CODES: readonly LintCode[] = Object.keys(CODES) as LintCode[];

/** Every quick-fix title and the params it names. */
export interface FixParams {
  /** Replace a value or a key with `text` (an action, an operator, an Effect). */
  'replace-with': { text: string };
  /** Rename an element to its proper spelling. */
  'rename-to': { name: string };
  'remove-comments': { count: number };
  'remove-trailing-commas': { count: number };
  'add-version': { version: string };
}

export type FixCode = keyof FixParams;

/** A quick fix's title as data: i18n words it in the UI language. */
export type FixTitle = Coded<FixParams>;

const FIXES: { readonly [C in FixCode]: true } = {
  'replace-with': true,
  'rename-to': true,
  'remove-comments': true,
  'remove-trailing-commas': true,
  'add-version': true,
};

/** Every quick-fix code, for tests and the renderers' completeness checks. */
export const FIX_CODES: readonly FixCode[] = Object.keys(FIXES) as FixCode[];
