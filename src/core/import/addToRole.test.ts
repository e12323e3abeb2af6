/** Adding imported permission policies to the open role: added after its own, names kept apart. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedScenario } from '../scenario/seed';
import { canAddToRole, withAddedPolicies } from './addToRole';
import { importDocument } from './importDocument';

const cases = join(import.meta.dirname, 'cases');
const read = (name: string) => importDocument(readFileSync(join(cases, name), 'utf8'));

describe('add an import to the open role', () => {
  it('is offered for files without a trust policy of their own, not for whole roles', () => {
    expect(canAddToRole(read('aws-get-role-policy.json'))).toBe(true);
    expect(canAddToRole(read('aws-get-policy-version.json'))).toBe(true);
    expect(canAddToRole(read('policy-permission.jsonc'))).toBe(true);
    expect(canAddToRole(read('aws-get-role.json'))).toBe(false);
    expect(canAddToRole(read('policy-trust.json'))).toBe(false);
    expect(canAddToRole(read('cloudformation-role.json'))).toBe(false);
    expect(canAddToRole(read('wrong-package.json'))).toBe(false);
  });

  it('keeps the open role whole and adds the policies after its own, renaming a clash', () => {
    const base = seedScenario();
    const imported = read('aws-get-role-policy.json');
    if (!imported.ok) throw new Error('fixture did not import');
    const once = withAddedPolicies(base, imported.scenario);
    const twice = withAddedPolicies(once.scenario, imported.scenario);
    const role = twice.scenario.role;
    expect(role.name).toBe(base.role.name);
    expect(role.trustPolicy).toBe(base.role.trustPolicy);
    expect(role.permissionPolicies.map((p) => p.name)).toEqual([
      'AmazonSSMManagedInstanceCore',
      'ExamplePolicy',
      'ExamplePolicy-2',
    ]);
    expect(new Set(role.permissionPolicies.map((p) => p.id)).size).toBe(3);
    expect(twice.added).toEqual([role.permissionPolicies[2]?.id]);
    expect(role.permissionPolicies[2]?.document).toContain('s3:*MultipartUpload*');
  });
});
