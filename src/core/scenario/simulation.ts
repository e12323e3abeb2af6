/**
 * From a scenario to simulation requests and back: the role's own session, or someone assuming
 * the role; and from a deciding statement of the answer back to the document it stands in.
 */
import { isAccountId, readAwsPrincipal, roleArn, roleSessionArn, userArn } from '../aws/arn';
import {
  EXAMPLE_ACCOUNT,
  EXAMPLE_OTHER_ACCOUNT,
  EXAMPLE_SESSION_NAME,
  EXAMPLE_USER_NAME,
} from '../aws/examples';
import { assumeOperationFor, readFederatedProvider } from '../aws/sts';
import type {
  ContextValue,
  PrincipalInput,
  SimulationPolicies,
  SimulationRequest,
  StatementRef,
} from '../evaluate/types';
import type { DocId, Scenario } from './types';

/** The account the role lives in: the scenario's, else AWS's documentation example. */
export function scenarioAccount(scenario: Scenario): string {
  return scenario.role.account ?? EXAMPLE_ACCOUNT;
}

/** The role's ARN, as the trust policy's resource. */
export function scenarioRoleArn(scenario: Scenario): string {
  return roleArn(scenarioAccount(scenario), scenario.role.name);
}

/** The ARN a session of the role signs requests as (assumed-role session). */
export function scenarioSessionArn(scenario: Scenario): string {
  return roleSessionArn(scenarioAccount(scenario), scenario.role.name, EXAMPLE_SESSION_NAME);
}

/** The policies of a session request and, for each, the document it came from. */
export interface LayeredPolicies {
  policies: SimulationPolicies;
  /** Maps a deciding statement back to its document (undefined when none matches). */
  documentOf(ref: Pick<StatementRef, 'policyKind' | 'policyIndex'>): DocId | undefined;
}

/** The policies that apply to the role's session, leaving out documents the user switched off. */
export function layerPolicies(
  scenario: Scenario,
  disabled: ReadonlySet<DocId> = new Set(),
): LayeredPolicies {
  const identity = scenario.role.permissionPolicies.filter((p) => !disabled.has(p.id));
  const scps = (scenario.scps ?? []).filter((s) => !disabled.has(s.id));
  const rcps = (scenario.rcps ?? []).filter((s) => !disabled.has(s.id));
  const policies: {
    identity: string[];
    boundary?: string;
    session?: string;
    scp?: string[];
    rcp?: string[];
    endpoint?: string;
    resource?: string;
  } = { identity: identity.map((p) => p.document) };
  const on = (id: DocId, text: string | undefined): text is string =>
    text !== undefined && !disabled.has(id);
  if (on('boundary', scenario.role.permissionsBoundary))
    policies.boundary = scenario.role.permissionsBoundary;
  if (on('session', scenario.sessionPolicy)) policies.session = scenario.sessionPolicy;
  if (scps.length) policies.scp = scps.map((s) => s.document);
  if (rcps.length) policies.rcp = rcps.map((s) => s.document);
  if (on('endpoint', scenario.endpointPolicy)) policies.endpoint = scenario.endpointPolicy;
  if (on('resource', scenario.resourcePolicy)) policies.resource = scenario.resourcePolicy;
  return {
    policies,
    documentOf(ref) {
      switch (ref.policyKind) {
        case 'identity':
          return identity[ref.policyIndex]?.id;
        case 'scp':
          return scps[ref.policyIndex]?.id;
        case 'rcp':
          return rcps[ref.policyIndex]?.id;
        case 'endpoint':
          return policies.endpoint !== undefined ? 'endpoint' : undefined;
        case 'boundary':
          return policies.boundary !== undefined ? 'boundary' : undefined;
        case 'session':
          return policies.session !== undefined ? 'session' : undefined;
        case 'resource':
          return policies.resource !== undefined ? 'resource' : undefined;
      }
    },
  };
}

/** "Can the role's session do ACTION on RESOURCE?" — every layer of the scenario applies. */
export function sessionRequest(
  scenario: Scenario,
  input: { action: string; resource: string; context?: Record<string, ContextValue> },
  disabled?: ReadonlySet<DocId>,
): SimulationRequest {
  return {
    principal: { AWS: scenarioSessionArn(scenario) },
    action: input.action,
    resource: input.resource || '*',
    context: input.context ?? {},
    policies: layerPolicies(scenario, disabled).policies,
  };
}

/**
 * "Can PRINCIPAL assume this role?" — the trust policy is the resource policy. For an AWS
 * principal, `callerAllows` adds the caller's own identity policy granting the operation on the
 * role (a trust policy that names only an account needs one). The role is a resource of its
 * organization, so the scenario's RCPs (those not switched off) apply too.
 */
export function assumeRequest(
  scenario: Scenario,
  principal: PrincipalInput,
  input: { operation?: string; callerAllows: boolean; context?: Record<string, ContextValue> },
  disabled: ReadonlySet<DocId> = new Set(),
): SimulationRequest {
  const rcps = (scenario.rcps ?? []).filter((r) => !disabled.has(r.id)).map((r) => r.document);
  const operation = input.operation ?? operationFor(principal);
  const identity = input.callerAllows
    ? [
        {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: operation, Resource: scenarioRoleArn(scenario) }],
        },
      ]
    : [];
  return {
    principal,
    action: operation,
    resource: scenarioRoleArn(scenario),
    resourceAccount: scenarioAccount(scenario),
    context: input.context ?? {},
    policies: {
      identity,
      resource: scenario.role.trustPolicy,
      ...(rcps.length > 0 ? { rcp: rcps } : {}),
    },
  };
}

/** Reads a typed principal: an account id, an ARN, a service principal or an identity provider. */
export function readTypedPrincipal(text: string): PrincipalInput | undefined {
  const v = text.trim();
  if (!v) return undefined;
  if (isAccountId(v)) return { AWS: userArn(v, EXAMPLE_USER_NAME) };
  if (/^arn:[\w-]+:iam::\d{12}:(saml-provider|oidc-provider)\//.test(v)) return { Federated: v };
  if (v.startsWith('arn:')) return { AWS: v };
  if (v === 'cognito-identity.amazonaws.com') return { Federated: v };
  if (/\.amazonaws\.com(\.cn)?$/.test(v)) return { Service: v };
  return { Federated: v };
}

/**
 * The request principal standing for a trust-policy entry: the service or provider itself, the
 * named user or role, and for an account (or everyone) an example user of that account.
 */
export function principalForEntry(key: string, value: string): PrincipalInput | undefined {
  if (key === '*' || value === '*')
    return { AWS: userArn(EXAMPLE_OTHER_ACCOUNT, EXAMPLE_USER_NAME) };
  if (key === 'Service') return { Service: value };
  if (key === 'Federated') return { Federated: value };
  if (key !== 'AWS') return undefined;
  const shape = readAwsPrincipal(value);
  if (shape.shape === 'account') return { AWS: userArn(shape.account, EXAMPLE_USER_NAME) };
  return { AWS: value };
}

/** The STS call a kind of principal makes to assume a role. */
export function operationFor(principal: PrincipalInput): string {
  if (principal.Federated !== undefined)
    return assumeOperationFor('Federated', principal.Federated);
  return 'sts:AssumeRole';
}

/** Whether a federated principal is a SAML provider (it then calls AssumeRoleWithSAML). */
export function isSamlProvider(value: string): boolean {
  return readFederatedProvider(value).protocol === 'saml';
}
