import { SEED_PERMISSION_POLICY, SEED_TRUST_POLICY } from './seedTexts';
import type { Scenario } from './types';

/** The scenario a first visit opens: the seed article's EC2 instance role for Systems Manager. */
export function seedScenario(): Scenario {
  return {
    rolemap: 1,
    title: 'EC2 instance → Systems Manager',
    role: {
      name: 'SSMInstanceRole',
      account: '111122223333',
      maxSessionDuration: 3600,
      trustPolicy: SEED_TRUST_POLICY,
      permissionPolicies: [
        { name: 'AmazonSSMManagedInstanceCore', managed: true, document: SEED_PERMISSION_POLICY },
      ],
    },
  };
}
