import { describe, expect, it } from 'vitest';
import { evaluateRequest } from './evaluate';
import type { SimulationRequest } from './types';

const alice = { AWS: 'arn:aws:iam::111122223333:user/alice' };

describe('explain trace', () => {
  it('names the deny statement, its path and a plain reason', () => {
    const r = evaluateRequest({
      principal: alice,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
          },
          {
            Version: '2012-10-17',
            Statement: [{ Sid: 'DenyS3', Effect: 'Deny', Action: 's3:Get*', Resource: '*' }],
          },
        ],
      },
    });
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.explain.reasons[0]).toEqual({
      code: 'explicit-deny',
      params: {
        statement: { index: 0, sid: 'DenyS3' },
        policy: { kind: 'identity', index: 1, trust: false },
        action: 's3:GetObject',
      },
    });
    expect(r.explain.decidingStatements).toEqual([
      {
        policyKind: 'identity',
        policyIndex: 1,
        statementIndex: 0,
        path: ['Statement', 0],
        effect: 'Deny',
        role: 'explicit-deny',
      },
    ]);
    const st = r.explain.policies[1]?.statements[0];
    expect(st).toMatchObject({
      action: 'matched',
      resource: 'matched',
      principal: 'not-applicable',
      applies: true,
      actionPath: ['Statement', 0, 'Action'],
    });
  });

  it('marks grants and guardrails on an allow, and records the steps', () => {
    const r = evaluateRequest({
      principal: alice,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: { Effect: 'Allow', Action: ['ec2:*', 's3:GetObject'], Resource: '*' },
          },
        ],
        scp: [
          { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        ],
      },
    });
    expect(r.decision).toBe('Allow');
    expect(r.explain.decidingStatements.map((d) => [d.policyKind, d.role, d.path])).toEqual([
      ['identity', 'grant', ['Statement']],
      ['scp', 'guardrail', ['Statement', 0]],
    ]);
    expect(r.explain.policies[0]?.statements[0]?.actionPath).toEqual(['Statement', 'Action', 1]);
    expect(r.explain.steps.map((s) => `${s.step}:${s.outcome}`)).toEqual([
      'explicit-deny:pass',
      'rcp:skipped',
      'scp:pass',
      'endpoint:skipped',
      'resource-policy:skipped',
      'identity:pass',
      'boundary:skipped',
      'session:skipped',
    ]);
  });

  it('explains a trust policy that names the account only', () => {
    const r = evaluateRequest({
      principal: alice,
      action: 'sts:AssumeRole',
      resource: 'arn:aws:iam::111122223333:role/R',
      policies: {
        resource: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' },
          ],
        },
      },
    });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.explain.request.trustPolicyAction).toBe(true);
    expect(r.explain.policies[0]?.statements[0]?.principalMatch).toBe('account');
    expect(r.explain.reasons.map((x) => x.code)).toContain('account-trust-needs-identity');
  });

  it('reports unknown operators and unresolved variables in the trace', () => {
    const r = evaluateRequest({
      principal: { AWS: 'arn:aws:sts::111122223333:assumed-role/R/s' },
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/${aws:username}' },
              {
                Effect: 'Allow',
                Action: 's3:*',
                Resource: '*',
                Condition: { StringEqualz: { 'aws:x': 'y' } },
              },
            ],
          },
        ],
      },
    } as SimulationRequest);
    expect(r.decision).toBe('ImplicitDeny');
    const [first, second] = r.explain.policies[0]?.statements ?? [];
    expect(first?.notes).toContainEqual({
      code: 'unresolved-variables',
      params: { variables: ['aws:username'] },
    });
    expect(second?.conditions[0]?.reason).toBe('unknown-operator');
  });

  it('names the condition that kept a matching Allow statement from applying', () => {
    const r = evaluateRequest({
      principal: { Federated: 'cognito-identity.amazonaws.com' },
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: 'arn:aws:iam::111122223333:role/R',
      context: { 'cognito-identity.amazonaws.com:aud': 'other-pool' },
      policies: {
        resource: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Federated: 'cognito-identity.amazonaws.com' },
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'my-pool' } },
            },
          ],
        },
      },
    });
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.explain.reasons).toContainEqual({
      code: 'condition-not-met',
      params: {
        statement: { index: 0 },
        policy: { kind: 'resource', index: 0, trust: true },
        conditions: [
          {
            operator: 'StringEquals',
            key: 'cognito-identity.amazonaws.com:aud',
            unknownOperator: false,
          },
        ],
      },
    });
  });

  it('is plain serialisable data', () => {
    const r = evaluateRequest({
      principal: { Service: 'ec2.amazonaws.com' },
      action: 'sts:AssumeRole',
      resource: 'arn:aws:iam::111122223333:role/R',
      policies: {},
    });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.explain.reasons.map((x) => x.code)).toContain('resource-policy-missing');
  });
});
