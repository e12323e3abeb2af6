import { SEED_PERMISSION_POLICY, SEED_TRUST_POLICY } from './seedTexts';
import { EXAMPLE_ACCOUNT } from '../aws/examples';
import type { Scenario } from './types';

/** The scenario a first visit opens: the seed article's EC2 instance role for Systems Manager. */
export function seedScenario(): Scenario {
  return {
    rolemap: 1,
    title: 'EC2 instance → Systems Manager',
    role: {
      name: 'SSMInstanceRole',
      account: EXAMPLE_ACCOUNT,
      maxSessionDuration: 3600,
      trustPolicy: SEED_TRUST_POLICY,
      permissionPolicies: [
        {
          id: 'permission:0',
          name: 'AmazonSSMManagedInstanceCore',
          managed: true,
          document: SEED_PERMISSION_POLICY,
        },
      ],
    },
  };
}
