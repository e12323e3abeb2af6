/** The kinds of policy a request carries and of principal it comes from. */

export const POLICY_KINDS = [
  'identity',
  'resource',
  'boundary',
  'session',
  'scp',
  'rcp',
  'endpoint',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export const PRINCIPAL_TYPES = [
  'root',
  'user',
  'role',
  'role-session',
  'federated-user',
  'service',
  'federated',
  'anonymous',
  'unknown',
] as const;
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number];
