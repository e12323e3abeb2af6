import { describe, expect, it } from 'vitest';
import { seedScenario } from '../core';
import { useStore } from './index';

describe('attaching an AWS managed policy', () => {
  it('adds it as managed beside the others and shows its tab; an edit would make it inline', () => {
    useStore.getState().replaceScenario(seedScenario());
    const before = useStore.getState().scenario.role.permissionPolicies;
    const text = '{"Version": "2012-10-17", "Statement": []}\n';
    useStore.getState().attachManagedPolicy('AmazonS3ReadOnlyAccess', text);
    const s = useStore.getState();
    const added = s.scenario.role.permissionPolicies.at(-1);
    expect(s.scenario.role.permissionPolicies.slice(0, -1)).toEqual(before);
    expect(added).toMatchObject({ name: 'AmazonS3ReadOnlyAccess', managed: true, document: text });
    expect(added && before.some((p) => p.id === added.id)).toBe(false);
    expect(s.activeDoc).toBe(added?.id);

    useStore.getState().addPermissionPolicy('AmazonS3ReadOnlyAccess-inline', text);
    expect(useStore.getState().scenario.role.permissionPolicies.at(-1)?.managed).toBe(false);
    if (added) useStore.getState().setDocText(added.id, '{}');
    expect(useStore.getState().madeInline).toBe(added?.id);
  });
});
