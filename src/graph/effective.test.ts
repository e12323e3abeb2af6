import { describe, expect, it } from 'vitest';
import { assumeRequest, buildSimulation, evaluateRequest, seedScenario, withLayer } from '../core';
import type { Scenario, SimulationForm } from '../core';
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

function form(overrides: Partial<SimulationForm>): SimulationForm {
  return {
    who: { kind: 'session' },
    action: '',
    resource: '',
    operation: '',
    callerAllows: false,
    context: {},
    disabled: new Set(),
    ...overrides,
  };
}

/** The simulator's request for a form, its answer and the graph's lit path. */
function simulate(scenario: Scenario, overrides: Partial<SimulationForm>) {
  const graph = buildGraph(scenario);
  const simulation = buildSimulation(scenario, form(overrides));
  const request = simulation.request;
  if (request === undefined) throw new Error('no request');
  const result = evaluateRequest(request);
  return { graph, result, path: litPath(graph, request, result, simulation.documentOf) };
}

describe('effective view', () => {
  const { scenario, id } = withLayer(seedScenario(), 'scp', scp);
  const graph = buildGraph(scenario);

  it('crosses out actions an SCP denies and names the statement and policy as data', () => {
    const verdicts = effectiveActions(graph, scenario);
    expect(verdicts['action:ssm:getparameter']).toMatchObject({
      decision: 'ExplicitDeny',
      reason: { code: 'explicit-deny' },
      deniedBy: {
        statement: { index: 1, sid: 'NoParameters' },
        policy: { kind: 'scp', index: 0, trust: false },
      },
    });
    expect(verdicts['action:ssm:getdocument']).toMatchObject({ decision: 'Allow' });
    expect(verdicts['action:ssm:getdocument']?.deniedBy).toBeUndefined();
    expect(Object.keys(verdicts)).toHaveLength(25);
  });

  it('lifts the deny when the SCP layer is switched off', () => {
    const verdicts = effectiveActions(graph, scenario, { disabled: new Set([id]) });
    expect(verdicts['action:ssm:getparameter']?.decision).toBe('Allow');
  });
});

describe('lit path of a simulated request', () => {
  const scenario = seedScenario();

  it('runs from EC2 through the trust statement to the credentials when it may assume the role', () => {
    const { graph, path } = simulate(scenario, {
      who: { kind: 'entry', key: 'Service', value: 'ec2.amazonaws.com' },
    });
    expect(path.decision).toBe('Allow');
    const kinds = new Set(path.nodes.map((id) => graph.nodes.find((n) => n.id === id)?.kind));
    for (const kind of ['principal', 'instance-profile', 'trust-policy', 'sts', 'credentials'])
      expect(kinds.has(kind as never), kind).toBe(true);
  });

  it('stops at STS for a principal the trust policy does not name', () => {
    const graph = buildGraph(scenario);
    const request = assumeRequest(
      scenario,
      { Service: 'lambda.amazonaws.com' },
      { callerAllows: false },
    );
    const path = litPath(graph, request, evaluateRequest(request), () => undefined);
    expect(path.decision).toBe('ImplicitDeny');
    expect(path.nodes).not.toContain('credentials');
  });

  it('runs from the credentials to the granting action for the role session', () => {
    const { path } = simulate(scenario, { action: 'ssm:GetDocument' });
    expect(path.decision).toBe('Allow');
    expect(path.nodes).toEqual(
      expect.arrayContaining([
        'credentials',
        'role',
        'policy:permission:0',
        'service:permission:0:ssm',
        'action:ssm:getdocument',
      ]),
    );
    expect(path.nodes).not.toContain('action:ssm:getparameter');
  });

  it('lights the SCP that denied the request: its node has the document id', () => {
    const first = withLayer(
      scenario,
      'scp',
      '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}',
    );
    const { scenario: withScps, id } = withLayer(first.scenario, 'scp', scp);
    const { graph, path } = simulate(withScps, { action: 'ssm:GetParameter' });
    expect(path.decision).toBe('ExplicitDeny');
    expect(graph.nodes.find((n) => n.id === id)?.kind).toBe('scp');
    expect(path.nodes).toContain(id);
    expect(path.nodes).not.toContain(first.id);
  });

  it('finds the deciding SCP by id even when an earlier SCP is switched off', () => {
    const first = withLayer(scenario, 'scp', scp);
    const { scenario: withScps, id } = withLayer(first.scenario, 'scp', scp);
    const { path } = simulate(withScps, {
      action: 'ssm:GetParameter',
      disabled: new Set([first.id]),
    });
    expect(path.nodes).toContain(id);
    expect(path.nodes).not.toContain(first.id);
  });

  it('lights the boundary or session policy whose Deny decided', () => {
    const denyGetDocument = JSON.stringify({
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 'ssm:GetDocument', Resource: '*' },
      ],
    });
    for (const layer of ['boundary', 'session'] as const) {
      const { scenario: limited, id } = withLayer(scenario, layer, denyGetDocument);
      const { graph, path } = simulate(limited, { action: 'ssm:GetDocument' });
      expect(path.decision, layer).toBe('ExplicitDeny');
      expect(graph.nodes.find((n) => n.id === id)?.kind, layer).toBe('boundary');
      expect(path.nodes, layer).toContain(id);
    }
  });
});
