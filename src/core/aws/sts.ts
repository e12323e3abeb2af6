/** STS facts: how a role is assumed, and which actions a role's trust policy governs. */

/** The three ways to assume a role, in AWS's casing. */
export const ASSUME_ROLE_OPERATIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
] as const;
export type AssumeRoleOperation = (typeof ASSUME_ROLE_OPERATIONS)[number];

/**
 * The only actions a role trust policy may name (IAM User Guide, "IAM JSON policy elements:
 * Action" for role trust policies, and "Passing session tags", "sts:SetSourceIdentity",
 * "sts:SetContext"): the role's trust policy is the resource-based policy that decides them.
 */
export const TRUST_POLICY_ACTIONS: readonly string[] = [
  ...ASSUME_ROLE_OPERATIONS,
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
];

const TRUST_LOWER: ReadonlySet<string> = new Set(TRUST_POLICY_ACTIONS.map((a) => a.toLowerCase()));

/** Whether an action's resource-based policy is the role's trust policy (it must always allow). */
export function isTrustPolicyAction(action: string): boolean {
  return typeof action === 'string' && TRUST_LOWER.has(action.toLowerCase());
}

/** Whether an action is one of the three assume-role operations. */
export function isAssumeRoleOperation(action: string): action is AssumeRoleOperation {
  const lower = typeof action === 'string' ? action.toLowerCase() : '';
  return ASSUME_ROLE_OPERATIONS.some((op) => op.toLowerCase() === lower);
}

/** What a `Federated` principal value names: a SAML provider, an OIDC provider, or a web identity host. */
export type FederatedProvider =
  | { protocol: 'saml'; name: string }
  | { protocol: 'oidc'; host: string }
  | { protocol: 'web-identity'; host: string };

/** Reads a `Federated` principal (`arn:…:saml-provider/Okta`, `arn:…:oidc-provider/host`, `accounts.google.com`). */
export function readFederatedProvider(value: string): FederatedProvider {
  const saml = /:saml-provider\/(.+)$/.exec(value);
  if (saml?.[1] !== undefined) return { protocol: 'saml', name: saml[1] };
  const oidc = /:oidc-provider\/(.+)$/.exec(value);
  if (oidc?.[1] !== undefined) return { protocol: 'oidc', host: oidc[1] };
  return { protocol: 'web-identity', host: value };
}

/**
 * The STS operation a kind of principal calls to assume a role: SAML providers use
 * AssumeRoleWithSAML, other federated principals AssumeRoleWithWebIdentity, everyone else AssumeRole.
 */
export function assumeOperationFor(key: string, value: string): AssumeRoleOperation {
  if (key !== 'Federated') return 'sts:AssumeRole';
  return readFederatedProvider(value).protocol === 'saml'
    ? 'sts:AssumeRoleWithSAML'
    : 'sts:AssumeRoleWithWebIdentity';
}

/** The service principal of EC2, which receives a role through an instance profile. */
export const EC2_SERVICE_PRINCIPAL = 'ec2.amazonaws.com';
