import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { nodesOfKind, reachableFrom, seedText } from './testing/graphHelpers';
import type { Scenario } from '../core/scenario/types';

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
      permissionPolicies: [{ name: 'Core', managed: true, document: seedText('permission') }],
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
  const byLabel = (label: string) => principals.find((p) => p.label === label);

  it('draws a service, an account, a federated provider and anyone, each typed', () => {
    expect(byLabel('lambda.amazonaws.com')?.principalType).toBe('service');
    expect(byLabel('Account 111122223333')).toMatchObject({ principalType: 'account' });
    expect(byLabel('Account 111122223333')?.detail).toContain('arn:aws:iam::111122223333:root');
    expect(byLabel('GitHub Actions (OIDC)')?.principalType).toBe('federated');
    expect(byLabel('Anyone (*)')?.principalType).toBe('anyone');
    expect(nodesOfKind(g, 'instance-profile')).toHaveLength(0);
  });

  it('marks a principal named by a trust Deny as denied', () => {
    const mallory = byLabel('mallory');
    expect(mallory).toMatchObject({ principalType: 'user', denied: true });
    expect(reachableFrom(g, mallory?.id ?? '').has('sts')).toBe(false);
  });

  it('names the admitting statement and asks the right STS operation', () => {
    const github = byLabel('GitHub Actions (OIDC)');
    const edge = g.edges.find((e) => e.source === github?.id);
    expect(edge?.label).toBe('asks sts:AssumeRoleWithWebIdentity');
    const trust = g.nodes.find((n) => n.id === edge?.target);
    expect(trust).toMatchObject({ kind: 'trust-policy', statement: 'GitHubDeploy' });
    expect(g.edges.find((e) => e.source === trust?.id && e.target === 'sts')?.label).toBe(
      'admitted by GitHubDeploy',
    );
    const sts = nodesOfKind(g, 'sts')[0];
    expect(sts?.operations).toEqual(['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity']);
  });

  it('spells out trust conditions in plain English', () => {
    const first = nodesOfKind(g, 'trust-policy').find((t) => t.statement === 'Statement 1');
    expect(first?.conditions).toEqual(['aws:SourceAccount must equal 111122223333']);
    const github = nodesOfKind(g, 'trust-policy').find((t) => t.statement === 'GitHubDeploy');
    expect(github?.conditions).toEqual([
      'token.actions.githubusercontent.com:sub must match repo:example/app:*',
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
    expect(nodesOfKind(g2, 'principal')[0]?.label).toBe('Corp (SAML)');
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
  });
});

describe('what limits the role', () => {
  it('attaches a permissions boundary and SCPs to the role', () => {
    const g = buildGraph({
      ...scenario(seedText('trust'), { permissionsBoundary: '{"Statement": []}' }),
      scps: ['{"Statement": []}'],
    });
    expect(g.nodes.find((n) => n.kind === 'boundary')?.detail).toMatch(/limits/);
    expect(g.nodes.find((n) => n.kind === 'scp')?.detail).toMatch(/limits/);
    expect(g.edges.filter((e) => e.source === 'role' && e.label === 'limited by')).toHaveLength(2);
  });
});
