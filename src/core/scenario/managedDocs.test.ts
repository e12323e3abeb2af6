import { describe, expect, it } from 'vitest';
import { scenarioDocs, withDocText } from './docs';
import { seedScenario } from './seed';

describe('scenario documents carry the "AWS managed" badge to the linter', () => {
  it('marks an AWS managed permission policy, so the app lints it with managed: true', () => {
    const seed = seedScenario();
    const docs = scenarioDocs(seed).filter((d) => d.kind === 'identity');
    const managed = seed.role.permissionPolicies.map((p) => p.managed);
    expect(docs.map((d) => d.managed === true)).toEqual(managed);
    expect(managed).toContain(true);
  });

  it('an edited copy is no longer managed, so it is linted as a customer policy', () => {
    const seed = seedScenario();
    const id = seed.role.permissionPolicies[0]?.id ?? 'permission:0';
    const edited = withDocText(seed, id, '{"Version": "2012-10-17", "Statement": []}');
    expect(scenarioDocs(edited).find((d) => d.id === id)?.managed).toBeUndefined();
  });
});
