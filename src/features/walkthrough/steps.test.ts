import { describe, expect, it } from 'vitest';
import { seedScenario, type Scenario } from '../../core';
import { buildGraph, type Graph } from '../../graph';
import { lessonById, LESSONS } from '../lessons';
import { lessonScenario } from '../lessons/lessonScenario';
import { walkthroughSteps, type WalkStep } from './steps';

const kindsOf = (graph: Graph, step: WalkStep) =>
  [...new Set(step.nodes.map((id) => graph.nodes.find((n) => n.id === id)?.kind))].sort();

const ALLOW_ALL_S3 = `{"Version":"2012-10-17","Statement":[
  {"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::bucket","arn:aws:s3:::bucket/*"]},
  {"Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}]}`;

/** A user's own role: GitHub OIDC with conditions, a boundary, a session policy and an SCP. */
function ownScenario(): Scenario {
  return {
    rolemap: 1,
    role: {
      name: 'DeployRole',
      account: '123456789012',
      maxSessionDuration: 7200,
      trustPolicy: `{"Version":"2012-10-17","Statement":[{"Sid":"GitHub","Effect":"Allow",
        "Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
        "Action":"sts:AssumeRoleWithWebIdentity",
        "Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}}]}`,
      permissionPolicies: [
        { id: 'permission:0', name: 'Deploy', managed: false, document: ALLOW_ALL_S3 },
      ],
      permissionsBoundary: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}`,
    },
    sessionPolicy: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}`,
    scps: [
      {
        id: 'scp:0',
        document: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`,
      },
    ],
  };
}

describe('walkthroughSteps', () => {
  it('tells the seed role’s story in order, each step on its own nodes', () => {
    const graph = buildGraph(seedScenario());
    const steps = walkthroughSteps(graph);
    expect(steps.map((s) => s.card.kind)).toEqual([
      'who',
      'trust',
      'sts',
      'credentials',
      'sign',
      'decide',
      'actions',
      'resources',
    ]);
    expect(steps.map((s) => kindsOf(graph, s))).toEqual([
      ['instance-profile', 'principal'],
      ['trust-policy'],
      ['sts'],
      ['credentials'],
      ['credentials', 'role'],
      ['permission-policy'],
      ['action', 'service'],
      ['resource'],
    ]);
    // Every action card and service box is in the actions step, nothing else.
    const actions = graph.nodes.filter((n) => n.kind === 'action' || n.kind === 'service');
    expect(steps[6]?.nodes.sort()).toEqual(actions.map((n) => n.id).sort());
  });

  it('crosses the edge that leads from one step to the next', () => {
    const graph = buildGraph(seedScenario());
    const steps = walkthroughSteps(graph);
    const crossed = steps.map((s) =>
      s.crossing.map((id) => {
        const e = graph.edges.find((x) => x.id === id);
        return `${e?.source}>${e?.target}`;
      }),
    );
    expect(crossed[0]).toEqual(['principal:service:ec2.amazonaws.com>instance-profile']);
    expect(crossed[1]).toEqual(['instance-profile>trust:statement:1']);
    expect(crossed[2]).toEqual(['trust:statement:1>sts']);
    expect(crossed[3]).toEqual(['sts>credentials']);
    expect(crossed[4]).toEqual(['credentials>role']);
    expect(crossed[5]).toEqual(['role>policy:permission:0']);
    expect(crossed[6]?.every((c) => c.startsWith('policy:permission:0>service:'))).toBe(true);
    expect(crossed[6]).toHaveLength(3);
    expect(crossed[7]?.length).toBeGreaterThan(0);
    expect(crossed[7]?.every((c) => c.startsWith('action:') && c.endsWith('>resource:*'))).toBe(
      true,
    );
    // A step's highlighted edges are its crossings and the edges between its own nodes.
    for (const step of steps) {
      const here = new Set(step.nodes);
      for (const id of step.edges) {
        const e = graph.edges.find((x) => x.id === id)!;
        expect(here.has(e.target), id).toBe(true);
        expect(here.has(e.source) || step.crossing.includes(id), id).toBe(true);
      }
    }
  });

  it('works on the user’s own role: its principal, conditions, session length and layers', () => {
    const graph = buildGraph(ownScenario());
    const steps = walkthroughSteps(graph);
    const card = (kind: string) => steps.find((s) => s.card.kind === kind)?.card;
    const who = card('who');
    expect(who?.kind === 'who' && who.instanceProfile).toBe(false);
    expect(who?.kind === 'who' && who.admitted).toHaveLength(1);
    const trust = card('trust');
    expect(trust?.kind === 'trust' && trust.statements).toMatchObject([
      { statement: { sid: 'GitHub' }, effect: 'Allow' },
    ]);
    expect(trust?.kind === 'trust' && trust.statements[0]?.conditions).toHaveLength(1);
    const sts = card('sts');
    expect(sts).toMatchObject({
      operations: ['sts:AssumeRoleWithWebIdentity'],
      duration: { unit: 'h', value: 2 },
      chained: false,
    });
    const credentials = card('credentials');
    expect(credentials).toMatchObject({
      issuedAt: '2025-01-01T00:00:00Z',
      duration: { unit: 'h', value: 2 },
      example: { expiration: '2025-01-01T02:00:00Z' },
    });
    expect(credentials?.kind === 'credentials' && credentials.example.accessKeyId).toMatch(/^ASIA/);
    expect(card('sign')).toMatchObject({ arn: 'arn:aws:iam::123456789012:role/DeployRole' });
    expect(card('decide')).toMatchObject({ boundary: true, session: true, scps: 1 });
    const decide = steps.find((s) => s.card.kind === 'decide')!;
    expect(kindsOf(graph, decide)).toEqual(['boundary', 'permission-policy', 'scp']);
    expect(card('actions')).toMatchObject({ actions: 3, allowed: 2, denied: 1 });
    expect(card('resources')).toMatchObject({ unrestricted: true });
  });

  it('expires credentials after the role’s session length, a chained session after 1 h at most', () => {
    const chained: Scenario = {
      rolemap: 1,
      role: {
        name: 'Chained',
        maxSessionDuration: 43200,
        trustPolicy: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow",
          "Principal":{"AWS":"arn:aws:iam::111122223333:role/First"},"Action":"sts:AssumeRole"}]}`,
        permissionPolicies: [],
      },
    };
    const steps = walkthroughSteps(buildGraph(chained));
    expect(steps.find((s) => s.card.kind === 'sts')?.card).toMatchObject({
      chained: true,
      duration: { unit: 'h', value: 12 },
    });
    expect(steps.find((s) => s.card.kind === 'credentials')?.card).toMatchObject({
      duration: { unit: 'h', value: 12 },
      example: { expiration: '2025-01-01T12:00:00Z' },
      chainedExpiration: '2025-01-01T01:00:00Z',
    });
    // No permission policy: the decision is the role's alone (nothing grants), and no actions step.
    const decide = steps.find((s) => s.card.kind === 'decide');
    expect(decide?.nodes).toEqual(['role']);
    expect(steps.map((s) => s.card.kind)).not.toContain('actions');

    const plain = { ...chained, role: { ...chained.role, maxSessionDuration: undefined } };
    const trustAccount = plain.role.trustPolicy.replace('role/First', 'root');
    const own = walkthroughSteps(
      buildGraph({ ...plain, role: { ...plain.role, trustPolicy: trustAccount } }),
    );
    const credentials = own.find((s) => s.card.kind === 'credentials')?.card;
    expect(credentials).toMatchObject({
      duration: { unit: 'h', value: 1 },
      example: { expiration: '2025-01-01T01:00:00Z' },
    });
    expect(credentials).not.toHaveProperty('chainedExpiration');
  });

  it('leaves out the steps whose nodes a partial picture lacks', () => {
    const graph = buildGraph(seedScenario());
    const chainOnly: Graph = {
      nodes: graph.nodes.filter((n) =>
        ['principal', 'instance-profile', 'trust-policy', 'sts', 'credentials', 'role'].includes(
          n.kind,
        ),
      ),
      edges: graph.edges,
    };
    expect(walkthroughSteps(chainOnly).map((s) => s.card.kind)).toEqual([
      'who',
      'trust',
      'sts',
      'credentials',
      'sign',
      'decide',
    ]);
  });

  it('uses an open lesson’s own steps, on the lesson’s graph', () => {
    for (const lesson of LESSONS) {
      const graph = buildGraph(lessonScenario(lesson, 'en'));
      const steps = walkthroughSteps(graph, lesson);
      expect(steps).toHaveLength(lesson.steps.length);
      steps.forEach((step, i) => {
        const want = lesson.steps[i]!;
        expect(step.card).toMatchObject({ kind: 'lesson', title: want.title, index: i });
        // Each step highlights nodes of its kinds only, and at least one.
        expect(step.nodes.length, `${lesson.id} step ${i + 1}`).toBeGreaterThan(0);
        for (const kind of kindsOf(graph, step)) expect(want.kinds).toContain(kind);
      });
    }
  });

  it('narrows a lesson step to its actions, and carries the ec2-ssm network route', () => {
    const lesson = lessonById('ec2-ssm')!;
    const graph = buildGraph(lessonScenario(lesson, 'ja'));
    const steps = walkthroughSteps(graph, lesson);
    const agent = steps.find((s) => kindsOf(graph, s).join() === 'action')!;
    const actions = agent.nodes.map((id) => {
      const n = graph.nodes.find((x) => x.id === id);
      return n?.kind === 'action' ? n.action : id;
    });
    expect(actions.sort()).toEqual([
      'ec2messages:GetMessages',
      'ssm:GetDocument',
      'ssm:UpdateInstanceInformation',
    ]);
    const network = steps.filter((s) => s.network !== undefined);
    expect(network).toHaveLength(1);
    expect(network[0]?.network?.endpoints).toEqual(['ssm', 'ssmmessages', 'ec2messages']);
    expect(network[0]).toBe(steps[steps.length - 1]);
  });
});
