import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '../core/evaluate';
import { assumeRequest, seedScenario, sessionRequest, withLayer } from '../core/scenario';
import { buildGraph } from './build';
import { effectiveActions, litPath } from './effective';

// Decisions follow "Policy evaluation logic" (IAM User Guide): an explicit deny in any SCP wins,
// and an action the permission policy does not grant is implicitly denied.
const scp = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: '*', Resource: '*' },
    { Sid: 'NoParameters', Effect: 'Deny', Action: 'ssm:GetParameter*', Resource: '*' },
  ],
});

describe('effective view', () => {
  const scenario = withLayer(seedScenario(), 'scp', scp);
  const graph = buildGraph(scenario);

  it('crosses out actions an SCP denies and names the statement', () => {
    const verdicts = effectiveActions(graph, scenario);
    expect(verdicts['action:ssm:getparameter']).toMatchObject({
      decision: 'ExplicitDeny',
      deniedBy: "Statement 'NoParameters' in SCP 1",
    });
    expect(verdicts['action:ssm:getdocument']?.decision).toBe('Allow');
    expect(Object.keys(verdicts)).toHaveLength(25);
  });

  it('lifts the deny when the SCP layer is switched off', () => {
    const verdicts = effectiveActions(graph, scenario, new Set(['scp:0']));
    expect(verdicts['action:ssm:getparameter']?.decision).toBe('Allow');
  });
});

describe('lit path of a simulated request', () => {
  const scenario = seedScenario();
  const graph = buildGraph(scenario);

  it('runs from EC2 through the trust statement to the credentials when it may assume the role', () => {
    const request = assumeRequest(
      scenario,
      { Service: 'ec2.amazonaws.com' },
      { callerAllows: false },
    );
    const path = litPath(graph, request, evaluateRequest(request));
    expect(path.decision).toBe('Allow');
    const kinds = new Set(path.nodes.map((id) => graph.nodes.find((n) => n.id === id)?.kind));
    for (const kind of ['principal', 'instance-profile', 'trust-policy', 'sts', 'credentials'])
      expect(kinds.has(kind as never), kind).toBe(true);
  });

  it('stops at STS for a principal the trust policy does not name', () => {
    const request = assumeRequest(
      scenario,
      { Service: 'lambda.amazonaws.com' },
      { callerAllows: false },
    );
    const path = litPath(graph, request, evaluateRequest(request));
    expect(path.decision).toBe('ImplicitDeny');
    expect(path.nodes).not.toContain('credentials');
  });

  it('runs from the credentials to the granting action for the role session', () => {
    const request = sessionRequest(scenario, { action: 'ssm:GetDocument', resource: '*' });
    const path = litPath(graph, request, evaluateRequest(request));
    expect(path.decision).toBe('Allow');
    expect(path.nodes).toEqual(
      expect.arrayContaining([
        'credentials',
        'role',
        'policy:0',
        'service:0:ssm',
        'action:ssm:getdocument',
      ]),
    );
    expect(path.nodes).not.toContain('action:ssm:getparameter');
  });
});
