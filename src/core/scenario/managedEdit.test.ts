import { describe, expect, it } from 'vitest';
import { seedScenario, toScenarioFile, withDocText, type Scenario } from './index';
import { s3Policy } from './testing/policies';

describe('editing an AWS managed policy', () => {
  it('makes it an inline copy: the managed badge holds only while the text is AWS’s', () => {
    const seed = seedScenario();
    expect(seed.role.permissionPolicies[0]?.managed).toBe(true);
    const edited = withDocText(seed, 'permission:0', s3Policy);
    const policy = edited.role.permissionPolicies[0];
    expect(policy).toEqual({
      id: 'permission:0',
      name: 'AmazonSSMManagedInstanceCore',
      managed: false,
      document: s3Policy,
    });
    // The file form (share links, exports, autosave) says so too.
    expect(toScenarioFile(edited).role.permissionPolicies[0]?.managed).toBe(false);
    // The seed itself is untouched (scenarios are values).
    expect(seed.role.permissionPolicies[0]?.managed).toBe(true);
  });

  it('leaves a managed policy managed when its text does not change', () => {
    const seed = seedScenario();
    const same = seed.role.permissionPolicies[0]?.document ?? '';
    expect(withDocText(seed, 'permission:0', same)).toBe(seed);
  });

  it('changes only the edited policy and never touches other documents’ flags', () => {
    const seed = seedScenario();
    const two: Scenario = {
      ...seed,
      role: {
        ...seed.role,
        permissionPolicies: [
          ...seed.role.permissionPolicies,
          { id: 'permission:1', name: 'ReadOnlyAccess', managed: true, document: '{}' },
        ],
      },
    };
    const edited = withDocText(two, 'permission:1', s3Policy);
    expect(edited.role.permissionPolicies.map((p) => p.managed)).toEqual([true, false]);
    expect(withDocText(two, 'trust', '{}').role.permissionPolicies.map((p) => p.managed)).toEqual([
      true,
      true,
    ]);
  });
});
