/** Turns a scenario into evaluation requests: the role's own session, or someone assuming the role. */
import type {
  ContextValue,
  PrincipalInput,
  SimulationPolicies,
  SimulationRequest,
} from '../evaluate/types';
import type { DocId } from './docs';
import type { Scenario } from './types';

/** The account the role lives in when the scenario does not say (AWS's documentation example). */
export const DEFAULT_ACCOUNT = '111122223333';

/** The role's ARN, as the trust policy's resource. */
export function roleArn(scenario: Scenario): string {
  return `arn:aws:iam::${scenario.role.account ?? DEFAULT_ACCOUNT}:role/${scenario.role.name}`;
}

/** The ARN a session of the role signs requests as (assumed-role session). */
export function roleSessionArn(scenario: Scenario, session = 'rolemap-session'): string {
  return `arn:aws:sts::${scenario.role.account ?? DEFAULT_ACCOUNT}:assumed-role/${scenario.role.name}/${session}`;
}

/** The policies that apply to the role's session, leaving out layers the user switched off. */
export function layerPolicies(
  scenario: Scenario,
  disabled: ReadonlySet<DocId> = new Set(),
): SimulationPolicies {
  const policies: {
    identity: string[];
    boundary?: string;
    session?: string;
    scp?: string[];
    resource?: string;
  } = {
    identity: scenario.role.permissionPolicies
      .filter((_, i) => !disabled.has(`permission:${i}`))
      .map((p) => p.document),
  };
  const boundary = scenario.role.permissionsBoundary;
  if (boundary !== undefined && !disabled.has('boundary')) policies.boundary = boundary;
  if (scenario.sessionPolicy !== undefined && !disabled.has('session'))
    policies.session = scenario.sessionPolicy;
  const scps = (scenario.scps ?? []).filter((_, i) => !disabled.has(`scp:${i}`));
  if (scps.length) policies.scp = scps;
  if (scenario.resourcePolicy !== undefined && !disabled.has('resource'))
    policies.resource = scenario.resourcePolicy;
  return policies;
}

/** "Can the role's session do ACTION on RESOURCE?" — every layer of the scenario applies. */
export function sessionRequest(
  scenario: Scenario,
  input: { action: string; resource: string; context?: Record<string, ContextValue> },
  disabled?: ReadonlySet<DocId>,
): SimulationRequest {
  return {
    principal: { AWS: roleSessionArn(scenario) },
    action: input.action,
    resource: input.resource || '*',
    context: input.context ?? {},
    policies: layerPolicies(scenario, disabled),
  };
}

/**
 * "Can PRINCIPAL assume this role?" — the trust policy is the resource policy. For an AWS
 * principal, `callerAllows` adds the caller's own identity policy granting sts:AssumeRole on the
 * role (a trust policy that names only an account needs one).
 */
export function assumeRequest(
  scenario: Scenario,
  principal: PrincipalInput,
  input: { operation?: string; callerAllows: boolean; context?: Record<string, ContextValue> },
): SimulationRequest {
  const operation = input.operation ?? 'sts:AssumeRole';
  const identity = input.callerAllows
    ? [
        {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: operation, Resource: roleArn(scenario) }],
        },
      ]
    : [];
  return {
    principal,
    action: operation,
    resource: roleArn(scenario),
    resourceAccount: scenario.role.account ?? DEFAULT_ACCOUNT,
    context: input.context ?? {},
    policies: { identity, resource: scenario.role.trustPolicy },
  };
}

/** Reads a typed principal: an account id, an ARN, a service principal or an identity provider. */
export function readTypedPrincipal(text: string): PrincipalInput | undefined {
  const v = text.trim();
  if (!v) return undefined;
  if (/^\d{12}$/.test(v)) return { AWS: `arn:aws:iam::${v}:user/example-user` };
  if (/^arn:[\w-]+:iam::\d{12}:(saml-provider|oidc-provider)\//.test(v)) return { Federated: v };
  if (v.startsWith('arn:')) return { AWS: v };
  if (v === 'cognito-identity.amazonaws.com') return { Federated: v };
  if (/\.amazonaws\.com(\.cn)?$/.test(v)) return { Service: v };
  return { Federated: v };
}

/** The STS call a kind of principal makes to assume a role. */
export function operationFor(principal: PrincipalInput): string {
  if (principal.Federated?.includes(':saml-provider/')) return 'sts:AssumeRoleWithSAML';
  if (principal.Federated !== undefined) return 'sts:AssumeRoleWithWebIdentity';
  return 'sts:AssumeRole';
}
