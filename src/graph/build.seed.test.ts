import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../core';
import { createNodeSource } from '../platform/nodeCatalogSource';
import { buildGraph } from './build';
import {
  seedCommentsByPlace,
  nodesOfKind,
  reachableFrom,
  seedFixtureScenario,
  seedText,
} from './testing/graphHelpers';

// The seed is the article's EC2 → Systems Manager role (shared/fixtures): AmazonSSMManagedInstanceCore
// with 25 actions, each annotated by a `#` comment. Access levels come from the AWS Service
// Authorization Reference, "Actions, resources, and condition keys for AWS Systems Manager".

describe('buildGraph on the seed scenario, without the catalog', () => {
  const graph = buildGraph(seedFixtureScenario());
  const actions = nodesOfKind(graph, 'action');

  it('has every kind of the story, one lane each', () => {
    const kinds = new Set(graph.nodes.map((n) => n.kind));
    for (const kind of [
      'principal',
      'instance-profile',
      'trust-policy',
      'sts',
      'credentials',
      'role',
      'permission-policy',
      'service',
      'action',
      'resource',
    ] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });

  it('shows ec2.amazonaws.com reaching the trust policy through an instance profile', () => {
    const [principal] = nodesOfKind(graph, 'principal');
    expect(principal?.label).toEqual({ code: 'name', params: { text: 'ec2.amazonaws.com' } });
    expect(principal?.detail).toEqual({
      code: 'service-principal-detail',
      params: { instanceProfile: true },
    });
    expect(principal?.principalType).toBe('service');
    const profile = nodesOfKind(graph, 'instance-profile')[0];
    expect(profile?.detail).toEqual({ code: 'name', params: { text: 'SSMInstanceRole' } });
    const edge = (s: string, t: string) =>
      graph.edges.find((e) => e.source === s && e.target === t);
    expect(edge(principal?.id ?? '', profile?.id ?? '')).toBeDefined();
    const trust = nodesOfKind(graph, 'trust-policy')[0];
    expect(edge(profile?.id ?? '', trust?.id ?? '')?.label).toEqual({
      code: 'asks',
      params: { operations: ['sts:AssumeRole'] },
    });
    expect(edge(trust?.id ?? '', 'sts')?.label).toEqual({
      code: 'admitted-by',
      params: { statement: { index: 0 } },
    });
  });

  it('runs the chain STS → credentials → role with the story verbs and example values', () => {
    const sts = nodesOfKind(graph, 'sts')[0];
    expect(sts?.operations).toEqual(['sts:AssumeRole']);
    expect(sts?.sessionDurationSeconds).toBe(3600);
    const creds = nodesOfKind(graph, 'credentials')[0];
    expect(creds?.example.accessKeyId).toMatch(/^ASIA.*EXAMPLE$/);
    expect(creds?.example.expiration).toBe('2025-01-01T01:00:00Z');
    const role = nodesOfKind(graph, 'role')[0];
    expect(role?.arn).toBe('arn:aws:iam::111122223333:role/SSMInstanceRole');
    const labels = graph.edges.map((e) => `${e.source}->${e.target}:${e.label?.code ?? ''}`);
    expect(labels).toContain('sts->credentials:issues');
    expect(labels).toContain('credentials->role:signs-requests-as');
    expect(labels).toContain('role->policy:permission:0:has');
    expect(sts?.detail).toEqual({
      code: 'sts-summary',
      params: { operations: ['sts:AssumeRole'], duration: { unit: 'h', value: 1 } },
    });
    expect(role?.detail).toEqual({
      code: 'role-summary',
      params: { duration: { unit: 'h', value: 1 } },
    });
    const policy = nodesOfKind(graph, 'permission-policy')[0];
    expect(policy).toMatchObject({
      id: 'policy:permission:0',
      label: { code: 'name', params: { text: 'AmazonSSMManagedInstanceCore' } },
      detail: { code: 'policy-summary', params: { managed: true, statements: 3 } },
      managed: true,
      statementCount: 3,
    });
  });

  it('draws the 25 actions, every one reachable from the credentials node and from the principal via STS', () => {
    expect(actions).toHaveLength(25);
    const fromCredentials = reachableFrom(graph, 'credentials');
    for (const a of actions) expect(fromCredentials.has(a.id), a.action).toBe(true);
    const principal = nodesOfKind(graph, 'principal')[0];
    expect(reachableFrom(graph, principal?.id ?? '').has('sts')).toBe(true);
    expect(reachableFrom(graph, 'sts').has('credentials')).toBe(true);
  });

  it("annotates each action with the article's own comment for it, and a statement's heading once, on its service", () => {
    const expected = seedCommentsByPlace(seedText('permission'));
    expect(expected.size).toBe(25);
    const services = nodesOfKind(graph, 'service');
    for (const [action, { comment, heading }] of expected) {
      const node = actions.find((a) => a.action === action);
      expect(node?.effect).toBe('Allow');
      if (!heading) {
        expect(node?.annotation, action).toBe(comment);
        expect(node?.annotationSource).toBe('comment');
        continue;
      }
      // Issue 8, item 4: the heading of the ssmmessages and ec2messages statements is said once.
      expect(node?.annotation, action).not.toContain(comment);
      const service = services.find((s) => s.service === action.split(':')[0]);
      expect(service?.comment, action).toBe(comment);
    }
    expect([...expected.values()].filter((c) => c.heading)).toHaveLength(10);
  });

  it('points every action at its text in the editor', () => {
    const text = seedText('permission');
    for (const a of actions) {
      expect(a.source?.doc).toBe('permission:0');
      expect(text.slice(a.source?.start, a.source?.end)).toBe(`"${a.action}"`);
    }
  });

  it('links every action to "All resources (*)", unconditionally', () => {
    const star = nodesOfKind(graph, 'resource').find((r) => r.arn === '*');
    expect(star).toMatchObject({ label: { code: 'all-resources' }, unrestricted: true });
    for (const a of actions) {
      const edge = graph.edges.find((e) => e.source === a.id && e.target === star?.id);
      expect(edge?.label?.code, a.action).toBe('acts-on');
      expect(edge?.conditional).toBeUndefined();
    }
  });

  it('labels each action with its name without the service prefix', () => {
    const node = actions.find((a) => a.action === 'ssm:GetDocument');
    expect(node?.label).toEqual({ code: 'name', params: { text: 'GetDocument' } });
  });

  it('has no access level before the catalog is loaded', () => {
    expect(actions.every((a) => a.accessLevel === undefined)).toBe(true);
  });

  it('gives the same ids and the same graph on a rebuild', () => {
    const again = buildGraph(seedFixtureScenario());
    expect(again.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(again).toEqual(graph);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(graph))).toEqual(graph);
  });

  it('has unique node and edge ids and no dangling edges', () => {
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    for (const e of graph.edges) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
    }
  });
});

describe('buildGraph on the seed scenario, with the catalog loaded', () => {
  const catalog = new Catalog(createNodeSource());
  beforeAll(async () => {
    await catalog.load(['ssm', 'ssmmessages', 'ec2messages']);
  });

  it('gives ssm:GetDocument the Read access level and keeps the comment as annotation', () => {
    const graph = buildGraph(seedFixtureScenario(), { catalog });
    const node = nodesOfKind(graph, 'action').find((a) => a.action === 'ssm:GetDocument');
    expect(node?.accessLevel).toBe('Read');
    expect(node?.annotationSource).toBe('comment');
    expect(nodesOfKind(graph, 'action').filter((a) => a.accessLevel !== undefined)).toHaveLength(
      25,
    );
  });

  it('names the service', () => {
    const graph = buildGraph(seedFixtureScenario(), { catalog });
    const ssm = nodesOfKind(graph, 'service').find((s) => s.service === 'ssm');
    expect(ssm?.serviceName).toBe(catalog.serviceName('ssm'));
    expect(ssm?.serviceName).toMatch(/Systems Manager/);
    expect(ssm?.actionCount).toBe(15);
    expect(ssm?.detail).toEqual({
      code: 'service-summary',
      params: { serviceName: ssm?.serviceName, actions: 15 },
    });
  });

  it("falls back to the catalog's description when the author wrote no comment", () => {
    const scenario = seedFixtureScenario();
    const policy = scenario.role.permissionPolicies[0];
    if (policy) policy.document = policy.document.replace(/#[^\n]*/g, '');
    const graph = buildGraph(scenario, { catalog });
    const node = nodesOfKind(graph, 'action').find((a) => a.action === 'ssm:GetDocument');
    expect(node?.annotationSource).toBe('catalog');
    expect(node?.annotation).toBe(catalog.getAction('ssm:GetDocument')?.description);
    expect(node?.annotation).toMatch(/SSM document/);
  });
});
