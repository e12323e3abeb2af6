/** Fixed ids of the chain's single nodes: there is one STS, one set of credentials, one role. */
export const CHAIN_IDS = {
  instanceProfile: 'instance-profile',
  trust: 'trust',
  sts: 'sts',
  credentials: 'credentials',
  role: 'role',
} as const;
