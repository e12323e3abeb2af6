import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeRisks, Catalog, RISK_ACTIONS, seedScenario, withLayer } from '../../core';
import type { Scenario } from '../../core';
import { buildGraph, effectiveActions } from '../../graph';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { riskGrants } from './riskGrants';

// The picture never lies (PRODUCT.md): a risk is marked only on what the simulator allows once
// every layer applies. Decisions follow AWS's "Policy evaluation logic": an explicit deny in an
// SCP wins over the permission policy's Allow; a permission the policy does not grant is denied.
// Combinations follow Rhino Security Labs' privilege-escalation methods (every part needed).

const catalog = new Catalog(createNodeSource());
beforeAll(() => catalog.loadAll(), 60_000);

function scenarioWith(statements: unknown[]): Scenario {
  const seed = seedScenario();
  const document = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  return {
    ...seed,
    role: {
      ...seed.role,
      permissionPolicies: [{ id: 'permission:0', name: 'Policy', managed: false, document }],
    },
  };
}

function report(scenario: Scenario) {
  const graph = buildGraph(scenario, { catalog });
  const verdicts = effectiveActions(graph, scenario, { catalog });
  return analyzeRisks(riskGrants(graph, scenario, verdicts, { catalog }));
}

const passRoleRunInstances = {
  Effect: 'Allow',
  Action: ['iam:PassRole', 'ec2:RunInstances'],
  Resource: '*',
};

describe('risk grants: what the simulator allows', () => {
  it('names only actions the IAM catalog has', () => {
    const missing = RISK_ACTIONS.filter((a) => catalog.getAction(a) === undefined);
    expect(missing).toEqual([]);
  });

  it('finds PassRole + RunInstances on the cards that grant them', () => {
    const r = report(scenarioWith([passRoleRunInstances]));
    expect(r.findings.map((f) => f.id)).toEqual(['pass-role-ec2']);
    expect(r.escalation).toBe(true);
    expect([...r.byNode.keys()].sort()).toEqual(['action:ec2:runinstances', 'action:iam:passrole']);
  });

  it('drops the path when an SCP denies one part', () => {
    const scp = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*' },
      ],
    });
    const { scenario } = withLayer(scenarioWith([passRoleRunInstances]), 'scp', scp);
    const r = report(scenario);
    expect(r.findings).toEqual([]);
    expect(r.escalation).toBe(false);
  });

  it('drops the path when a Deny statement of the policy removes one part', () => {
    const r = report(
      scenarioWith([
        passRoleRunInstances,
        { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' },
      ]),
    );
    expect(r.escalation).toBe(false);
  });

  it('expands a wildcard over the table: iam:* on "*" grants the IAM methods', () => {
    const r = report(scenarioWith([{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }]));
    const found = r.findings.map((f) => f.id);
    expect(found).toEqual(
      expect.arrayContaining(['create-policy-version', 'attach-role-policy', 'put-role-policy']),
    );
    // PassRole alone (no service to pass it to) is no path.
    expect(found).not.toContain('pass-role-ec2');
    expect(r.byNode.get('action:iam:*')).toContain('privilege-escalation');
  });

  it('asks on the resources written: iam:* on one role ARN grants no user-only method', () => {
    const r = report(
      scenarioWith([
        { Effect: 'Allow', Action: 'iam:*', Resource: 'arn:aws:iam::111122223333:role/app' },
      ]),
    );
    const found = r.findings.map((f) => f.id);
    expect(found).toContain('put-role-policy');
    expect(found).not.toContain('create-access-key');
    expect(found).not.toContain('attach-user-policy');
  });

  it('reading one bucket is not reading every object', () => {
    const one = report(
      scenarioWith([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }]),
    );
    expect(one.findings).toEqual([]);
    const all = report(scenarioWith([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]));
    expect(all.findings.map((f) => f.id)).toEqual(['read-every-object']);
  });

  it('finds nothing in the seed role (Systems Manager core)', () => {
    expect(report(seedScenario()).escalation).toBe(false);
  });
});
