import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { withPolicies } from './testing/graphHelpers';

// Stable document ids (the scenario's, never list positions) are what the graph's ids grow from,
// so removing one policy leaves the nodes of the others, and their positions, as they were.

function policy(statements: unknown[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

describe('ids from document ids', () => {
  it('derives policy, service and action-source ids from the document id, not the position', () => {
    const doc = policy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);
    const scenario = withPolicies(doc, doc);
    const [first, second] = scenario.role.permissionPolicies;
    if (!first || !second) throw new Error('two policies');
    second.id = 'permission:reports';
    const before = buildGraph(scenario);
    expect(before.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        'policy:permission:0',
        'policy:permission:reports',
        'service:permission:reports:s3',
      ]),
    );
    // Removing the first policy leaves the second one's nodes as they were.
    const after = buildGraph({
      ...scenario,
      role: { ...scenario.role, permissionPolicies: [second] },
    });
    const policyNode = after.nodes.find((n) => n.kind === 'permission-policy');
    expect(policyNode).toMatchObject({
      id: 'policy:permission:reports',
      source: { doc: 'permission:reports' },
    });
    expect(after.nodes.some((n) => n.id === 'service:permission:reports:s3')).toBe(true);
  });
});
