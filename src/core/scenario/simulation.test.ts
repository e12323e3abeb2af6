import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '../evaluate';
import { withLayer, withoutLayer } from './docs';
import { seedScenario } from './seed';
import { assumeRequest, roleArn, roleSessionArn, sessionRequest } from './simulation';

// Expectations follow "Policy evaluation logic" and "IAM roles: trust policies" in the IAM User Guide.
const seed = seedScenario();
const denyS3Scp = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: '*', Resource: '*' },
    { Sid: 'NoSsmParameters', Effect: 'Deny', Action: 'ssm:GetParameter*', Resource: '*' },
  ],
});

describe('simulation requests built from a scenario', () => {
  it('names the role and its session', () => {
    expect(roleArn(seed)).toBe('arn:aws:iam::111122223333:role/SSMInstanceRole');
    expect(roleSessionArn(seed)).toBe(
      'arn:aws:sts::111122223333:assumed-role/SSMInstanceRole/rolemap-session',
    );
  });

  it('lets the trusted service assume the role and no other', () => {
    const ec2 = assumeRequest(seed, { Service: 'ec2.amazonaws.com' }, { callerAllows: false });
    expect(evaluateRequest(ec2).decision).toBe('Allow');
    const lambda = assumeRequest(
      seed,
      { Service: 'lambda.amazonaws.com' },
      { callerAllows: false },
    );
    expect(evaluateRequest(lambda).decision).toBe('ImplicitDeny');
  });

  it('grants the session what its permission policy allows, and nothing else', () => {
    const get = sessionRequest(seed, { action: 'ssm:GetDocument', resource: '*' });
    expect(evaluateRequest(get).decision).toBe('Allow');
    const s3 = sessionRequest(seed, {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::example-bucket/report.csv',
    });
    expect(evaluateRequest(s3).decision).toBe('ImplicitDeny');
  });

  it('applies an SCP deny, and drops it when the layer is switched off', () => {
    const withScp = withLayer(seed, 'scp', denyS3Scp);
    const request = { action: 'ssm:GetParameter', resource: '*' };
    expect(evaluateRequest(sessionRequest(withScp, request)).decision).toBe('ExplicitDeny');
    expect(evaluateRequest(sessionRequest(withScp, request, new Set(['scp:0']))).decision).toBe(
      'Allow',
    );
    expect(withoutLayer(withScp, 'scp:0').scps).toEqual([]);
  });

  it('needs the boundary to allow too', () => {
    const boundary = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ssmmessages:*', Resource: '*' }],
    });
    const bounded = withLayer(seed, 'boundary', boundary);
    const get = { action: 'ssm:GetDocument', resource: '*' };
    expect(evaluateRequest(sessionRequest(bounded, get)).decision).toBe('ImplicitDeny');
    const open = { action: 'ssmmessages:OpenDataChannel', resource: '*' };
    expect(evaluateRequest(sessionRequest(bounded, open)).decision).toBe('Allow');
    expect(withoutLayer(bounded, 'boundary').role.permissionsBoundary).toBeUndefined();
  });

  it('needs the caller identity policy when the trust policy names only an account', () => {
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: 'sts:AssumeRole',
        },
      ],
    });
    const s = { ...seed, role: { ...seed.role, trustPolicy: trust } };
    const alice = { AWS: 'arn:aws:iam::444455556666:user/alice' };
    expect(evaluateRequest(assumeRequest(s, alice, { callerAllows: false })).decision).toBe(
      'ImplicitDeny',
    );
    expect(evaluateRequest(assumeRequest(s, alice, { callerAllows: true })).decision).toBe('Allow');
  });
});

describe('context keys the policies test', () => {
  it('lists each key once with its operator family', async () => {
    const { contextKeysOf } = await import('./contextKeys');
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: {
            IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
            'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] },
            Bool: { 'aws:SecureTransport': 'true' },
          },
        },
        {
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { NotIpAddress: { 'AWS:SourceIp': '10.0.0.0/8' } },
        },
      ],
    });
    expect(contextKeysOf([policy])).toEqual([
      { key: 'aws:SourceIp', family: 'IpAddress', multi: false, operator: 'IpAddress' },
      { key: 'aws:TagKeys', family: 'String', multi: true, operator: 'ForAnyValue:StringEquals' },
      { key: 'aws:SecureTransport', family: 'Bool', multi: false, operator: 'Bool' },
    ]);
  });
});

describe('reading a typed principal', () => {
  it('tells accounts, ARNs, service principals and identity providers apart', async () => {
    const { readTypedPrincipal, operationFor } = await import('./simulation');
    expect(readTypedPrincipal('  ')).toBeUndefined();
    expect(readTypedPrincipal('444455556666')).toEqual({
      AWS: 'arn:aws:iam::444455556666:user/example-user',
    });
    expect(readTypedPrincipal('arn:aws:iam::444455556666:role/Deployer')).toEqual({
      AWS: 'arn:aws:iam::444455556666:role/Deployer',
    });
    const saml = 'arn:aws:iam::444455556666:saml-provider/Corp';
    expect(readTypedPrincipal(saml)).toEqual({ Federated: saml });
    expect(readTypedPrincipal('lambda.amazonaws.com')).toEqual({ Service: 'lambda.amazonaws.com' });
    expect(readTypedPrincipal('cognito-identity.amazonaws.com')).toEqual({
      Federated: 'cognito-identity.amazonaws.com',
    });
    expect(readTypedPrincipal('token.actions.githubusercontent.com')).toEqual({
      Federated: 'token.actions.githubusercontent.com',
    });
    // "Role trust policies": SAML and web identities use their own AssumeRole operations.
    expect(operationFor({ Federated: saml })).toBe('sts:AssumeRoleWithSAML');
    expect(operationFor({ Federated: 'token.actions.githubusercontent.com' })).toBe(
      'sts:AssumeRoleWithWebIdentity',
    );
    expect(operationFor({ Service: 'ec2.amazonaws.com' })).toBe('sts:AssumeRole');
  });
});
