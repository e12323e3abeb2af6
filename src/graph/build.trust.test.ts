import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { nodesOfKind, reachableFrom, seedText } from './testing/graphHelpers';
import type { Scenario } from '../core';
import type { GraphText } from './text';

// Trust-policy semantics from the IAM User Guide: "AWS JSON policy elements: Principal" (service,
// account, federated and "*" principals) and "IAM roles: Using an IAM role to grant permissions to
// applications running on Amazon EC2 instances" (the instance profile).

function scenario(trustPolicy: string, extra: Partial<Scenario['role']> = {}): Scenario {
  return {
    rolemap: 1,
    role: {
      name: 'AppRole',
      account: '444455556666',
      trustPolicy,
      permissionPolicies: [
        { id: 'permission:0', name: 'Core', managed: true, document: seedText('permission') },
      ],
      ...extra,
    },
  };
}

const MULTI = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com", "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "sts:AssumeRole",
      "Condition": { "StringEquals": { "aws:SourceAccount": "111122223333" } } },
    { "Sid": "GitHubDeploy", "Effect": "Allow",
      "Principal": { "Federated": "arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": { "StringLike": { "token.actions.githubusercontent.com:sub": "repo:example/app:*" } } },
    { "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole" },
    { "Effect": "Deny", "Principal": { "AWS": "arn:aws:iam::111122223333:user/mallory" }, "Action": "sts:AssumeRole" }
  ]
}`;

describe('trust policy principals', () => {
  const g = buildGraph(scenario(MULTI));
  const principals = nodesOfKind(g, 'principal');
  const byLabel = (label: GraphText) =>
    principals.find((p) => JSON.stringify(p.label) === JSON.stringify(label));
  const name = (text: string): GraphText => ({ code: 'name', params: { text } });
  const github: GraphText = { code: 'web-identity-provider', params: { provider: 'github' } };

  it('draws a service, an account, a federated provider and anyone, each typed', () => {
    expect(byLabel(name('lambda.amazonaws.com'))?.principalType).toBe('service');
    const account = byLabel({ code: 'account', params: { account: '111122223333' } });
    expect(account).toMatchObject({
      principalType: 'account',
      detail: { code: 'account-detail', params: { value: 'arn:aws:iam::111122223333:root' } },
    });
    expect(byLabel(github)).toMatchObject({
      principalType: 'federated',
      detail: {
        code: 'federated-detail',
        params: {
          value: 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com',
        },
      },
    });
    expect(byLabel({ code: 'anyone', params: {} })?.principalType).toBe('anyone');
    expect(nodesOfKind(g, 'instance-profile')).toHaveLength(0);
  });

  it('marks a principal named by a trust Deny as denied', () => {
    const mallory = byLabel(name('mallory'));
    expect(mallory).toMatchObject({ principalType: 'user', denied: true });
    expect(reachableFrom(g, mallory?.id ?? '').has('sts')).toBe(false);
    const refused = g.edges.find((e) => e.source === mallory?.id);
    expect(refused).toMatchObject({
      label: { code: 'refused-by', params: { statement: { index: 3 } } },
      effect: 'Deny',
    });
    const trust = g.nodes.find((n) => n.id === refused?.target);
    expect(trust?.detail).toEqual({
      code: 'trust-statement',
      params: { statement: { index: 3 }, effect: 'Deny' },
    });
  });

  it('names the admitting statement and asks the right STS operation', () => {
    const provider = byLabel(github);
    const edge = g.edges.find((e) => e.source === provider?.id);
    expect(edge?.label).toEqual({
      code: 'asks',
      params: { operations: ['sts:AssumeRoleWithWebIdentity'] },
    });
    const trust = g.nodes.find((n) => n.id === edge?.target);
    const statement = { index: 1, sid: 'GitHubDeploy' };
    expect(trust).toMatchObject({ kind: 'trust-policy', statement });
    expect(g.edges.find((e) => e.source === trust?.id && e.target === 'sts')?.label).toEqual({
      code: 'admitted-by',
      params: { statement },
    });
    const sts = nodesOfKind(g, 'sts')[0];
    expect(sts?.operations).toEqual(['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity']);
  });

  it('reads trust conditions into condition codes', () => {
    const first = nodesOfKind(g, 'trust-policy').find((t) => t.statement?.index === 0);
    expect(first?.conditions).toEqual([
      {
        code: 'compare',
        params: {
          operator: 'StringEquals',
          key: 'aws:SourceAccount',
          values: { shown: ['111122223333'], more: 0 },
          ifExists: false,
        },
      },
    ]);
    const deploy = nodesOfKind(g, 'trust-policy').find((t) => t.statement?.sid === 'GitHubDeploy');
    expect(deploy?.conditions).toMatchObject([
      {
        code: 'compare',
        params: {
          operator: 'StringLike',
          key: 'token.actions.githubusercontent.com:sub',
          values: { shown: ['repo:example/app:*'], more: 0 },
        },
      },
    ]);
  });

  it('lets every admitted principal reach every action through STS and the credentials', () => {
    const actions = nodesOfKind(g, 'action');
    for (const p of principals.filter((x) => !x.denied)) {
      const reach = reachableFrom(g, p.id);
      expect(reach.has('sts')).toBe(true);
      expect(reach.has('credentials')).toBe(true);
      for (const a of actions) expect(reach.has(a.id)).toBe(true);
    }
  });

  it('uses the account and session length of the role', () => {
    const g2 = buildGraph(scenario(MULTI, { maxSessionDuration: 7200 }));
    expect(nodesOfKind(g2, 'role')[0]?.arn).toBe('arn:aws:iam::444455556666:role/AppRole');
    expect(nodesOfKind(g2, 'sts')[0]?.sessionDurationSeconds).toBe(7200);
    expect(nodesOfKind(g2, 'credentials')[0]?.example.expiration).toBe('2025-01-01T02:00:00Z');
  });

  it('reads a SAML provider as AssumeRoleWithSAML', () => {
    const saml = `{"Statement": {"Effect": "Allow", "Action": "sts:AssumeRoleWithSAML",
      "Principal": {"Federated": "arn:aws:iam::444455556666:saml-provider/Corp"}}}`;
    const g2 = buildGraph(scenario(saml));
    expect(nodesOfKind(g2, 'principal')[0]?.label).toEqual({
      code: 'saml-provider',
      params: { name: 'Corp' },
    });
    expect(nodesOfKind(g2, 'sts')[0]?.operations).toEqual(['sts:AssumeRoleWithSAML']);
  });
});

describe('an unreadable trust policy', () => {
  it('still gives trust policy, STS, credentials, role and the permission policies', () => {
    const g = buildGraph(scenario('{ "Version": "2012-10-17", "Statement": [ { "Effect": '));
    const kinds = new Set(g.nodes.map((n) => n.kind));
    for (const k of [
      'trust-policy',
      'sts',
      'credentials',
      'role',
      'permission-policy',
      'action',
    ] as const) {
      expect(kinds.has(k), k).toBe(true);
    }
    expect(nodesOfKind(g, 'principal')).toHaveLength(0);
    expect(nodesOfKind(g, 'action')).toHaveLength(25);
    expect(reachableFrom(g, 'trust').has('credentials')).toBe(true);
    // The tolerant parser recovers the start of the document: it reads, but admits nobody.
    expect(g.nodes.find((n) => n.id === 'trust')?.detail).toEqual({
      code: 'trust-admits-nobody',
      params: {},
    });
    const empty = buildGraph(scenario(''));
    expect(empty.nodes.find((n) => n.id === 'trust')?.detail).toEqual({
      code: 'trust-unreadable',
      params: {},
    });
  });
});

describe('what limits the role', () => {
  it('attaches a permissions boundary, a session policy and SCPs to the role, by document id', () => {
    const g = buildGraph({
      ...scenario(seedText('trust'), { permissionsBoundary: '{"Statement": []}' }),
      sessionPolicy: '{}',
      scps: [
        { id: 'scp:guardrail', document: '{"Statement": []}' },
        { id: 'scp:0', document: '{}' },
      ],
    });
    const limits = g.nodes.filter((n) => n.kind === 'boundary' || n.kind === 'scp');
    expect(limits.map((n) => [n.id, n.label, n.detail?.code, n.source?.doc])).toEqual([
      ['boundary', { code: 'permissions-boundary', params: {} }, 'boundary-summary', 'boundary'],
      ['session', { code: 'session-policy', params: {} }, 'session-summary', 'session'],
      ['scp:guardrail', { code: 'scp', params: { number: 1 } }, 'scp-summary', 'scp:guardrail'],
      ['scp:0', { code: 'scp', params: { number: 2 } }, 'scp-summary', 'scp:0'],
    ]);
    const limitedBy = g.edges.filter((e) => e.source === 'role' && e.label?.code === 'limited-by');
    expect(limitedBy.map((e) => e.target)).toEqual([
      'boundary',
      'session',
      'scp:guardrail',
      'scp:0',
    ]);
  });

  it('names a single SCP without a number', () => {
    const g = buildGraph({
      ...scenario(seedText('trust')),
      scps: [{ id: 'scp:0', document: '{}' }],
    });
    expect(g.nodes.find((n) => n.kind === 'scp')?.label).toEqual({ code: 'scp', params: {} });
  });
});

describe('role chaining on the STS node', () => {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html (role
  // chaining): a session from role chaining lasts at most one hour, whatever MaxSessionDuration is.
  const trustOf = (principal: unknown) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
    });
  const scenarioOf = (principal: unknown): Scenario => ({
    rolemap: 1,
    role: {
      name: 'Deploy',
      account: '111122223333',
      maxSessionDuration: 43200,
      trustPolicy: trustOf(principal),
      permissionPolicies: [],
    },
  });
  it('says a role assuming the role gets at most one hour', () => {
    const graph = buildGraph(scenarioOf({ AWS: 'arn:aws:iam::111122223333:role/CI-Runner' }));
    const sts = graph.nodes.find((n) => n.kind === 'sts');
    expect(sts?.detail).toEqual(expect.objectContaining({ code: 'sts-summary-chained' }));
  });
  it('keeps the plain session length for a service principal', () => {
    const graph = buildGraph(scenarioOf({ Service: 'ec2.amazonaws.com' }));
    const sts = graph.nodes.find((n) => n.kind === 'sts');
    expect(sts?.detail).toEqual(expect.objectContaining({ code: 'sts-summary' }));
  });
});
