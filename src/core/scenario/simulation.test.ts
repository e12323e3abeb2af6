import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '../evaluate';
import { buildSimulation, type SimulationForm } from './buildSimulation';
import { withLayer, withoutDoc } from './docs';
import { seedScenario } from './seed';
import {
  assumeRequest,
  scenarioRoleArn as roleArn,
  scenarioSessionArn as roleSessionArn,
  sessionRequest,
} from './simulation';
import type { Scenario } from './types';

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
    const { scenario: withScp, id } = withLayer(seed, 'scp', denyS3Scp);
    const request = { action: 'ssm:GetParameter', resource: '*' };
    expect(evaluateRequest(sessionRequest(withScp, request)).decision).toBe('ExplicitDeny');
    expect(evaluateRequest(sessionRequest(withScp, request, new Set([id]))).decision).toBe('Allow');
    expect(withoutDoc(withScp, id).scps).toEqual([]);
  });

  it('needs the boundary to allow too', () => {
    const boundary = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ssmmessages:*', Resource: '*' }],
    });
    const bounded = withLayer(seed, 'boundary', boundary).scenario;
    const get = { action: 'ssm:GetDocument', resource: '*' };
    expect(evaluateRequest(sessionRequest(bounded, get)).decision).toBe('ImplicitDeny');
    const open = { action: 'ssmmessages:OpenDataChannel', resource: '*' };
    expect(evaluateRequest(sessionRequest(bounded, open)).decision).toBe('Allow');
    expect(withoutDoc(bounded, 'boundary').role.permissionsBoundary).toBeUndefined();
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

describe('buildSimulation: the simulator form as a request, and the answer back to documents', () => {
  const form = (patch: Partial<SimulationForm>): SimulationForm => ({
    who: { kind: 'session' },
    action: '',
    resource: '',
    operation: '',
    callerAllows: true,
    context: {},
    disabled: new Set(),
    ...patch,
  });
  const allowS3 = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
  });
  // Two permission policies: the seed's first, then one allowing s3:GetObject.
  const two: Scenario = {
    ...seed,
    role: {
      ...seed.role,
      permissionPolicies: [
        ...seed.role.permissionPolicies,
        { id: 'permission:1', name: 'Reports', managed: false, document: allowS3 },
      ],
    },
  };

  it('asks nothing until an action is given', () => {
    expect(buildSimulation(two, form({})).request).toBeUndefined();
  });

  it('lands the deciding statement in its own document even when an earlier policy is switched off', () => {
    const on = buildSimulation(two, form({ action: 's3:GetObject' }));
    const off = buildSimulation(
      two,
      form({ action: 's3:GetObject', disabled: new Set(['permission:0']) }),
    );
    for (const sim of [on, off]) {
      const result = evaluateRequest(sim.request!);
      expect(result.decision).toBe('Allow');
      const ref = result.explain.decidingStatements[0]!;
      // With permission:0 off the engine sees the Reports policy as identity policy 0.
      expect(sim.documentOf(ref)).toBe('permission:1');
      const [range] = sim.highlights(result);
      expect(range?.doc).toBe('permission:1');
      expect(allowS3.slice(range!.start, range!.end)).toContain('ReadReports');
    }
  });

  it('maps SCP statements to their SCP when an earlier one is switched off', () => {
    const a = withLayer(
      seed,
      'scp',
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
    );
    const b = withLayer(a.scenario, 'scp', denyS3Scp);
    const sim = buildSimulation(
      b.scenario,
      form({ action: 'ssm:GetParameter', disabled: new Set([a.id]) }),
    );
    const result = evaluateRequest(sim.request!);
    expect(result.decision).toBe('ExplicitDeny');
    expect(sim.documentOf(result.explain.decidingStatements[0]!)).toBe(b.id);
  });

  it('maps RCP and VPC endpoint policy statements to their documents, and drops a switched-off RCP', () => {
    const denyRcp = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'NoReports', Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: '*' },
      ],
    });
    const endpoint = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'S3Only', Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' },
      ],
    });
    const a = withLayer(two, 'rcp', denyRcp);
    const b = withLayer(a.scenario, 'endpoint', endpoint);
    const denied = buildSimulation(b.scenario, form({ action: 's3:GetObject' }));
    const deniedResult = evaluateRequest(denied.request!);
    expect(deniedResult.decision).toBe('ExplicitDeny');
    expect(denied.documentOf(deniedResult.explain.decidingStatements[0]!)).toBe(a.id);
    const off = buildSimulation(
      b.scenario,
      form({ action: 's3:GetObject', disabled: new Set([a.id]) }),
    );
    const allowed = evaluateRequest(off.request!);
    expect(allowed.decision).toBe('Allow');
    const guard = allowed.explain.decidingStatements.find((r) => r.policyKind === 'endpoint');
    expect(off.documentOf(guard!)).toBe('endpoint');
    // The endpoint policy lets only S3 through.
    const ssm = buildSimulation(
      b.scenario,
      form({ action: 'ssm:GetDocument', disabled: new Set([a.id]) }),
    );
    expect(evaluateRequest(ssm.request!).decision).toBe('ImplicitDeny');
  });

  it('applies the RCPs when someone assumes the role (the role is a resource of the organization)', () => {
    // An RCP denying sts:AssumeRole to principals outside the organization (AWS Organizations,
    // "Resource control policy examples"), tested through the form's condition-key fields.
    const perimeter = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EnforceOrgIdentities',
          Effect: 'Deny',
          Principal: '*',
          Action: 'sts:AssumeRole',
          Resource: '*',
          Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-exampleorgid' } },
        },
      ],
    });
    const r = withLayer(seed, 'rcp', perimeter);
    const who = { kind: 'entry', key: 'Service', value: 'ec2.amazonaws.com' } as const;
    const outside = buildSimulation(
      r.scenario,
      form({ who, context: { 'aws:PrincipalOrgID': 'o-otherorg' } }),
    );
    expect(outside.contextKeys.map((k) => k.key)).toContain('aws:PrincipalOrgID');
    const denied = evaluateRequest(outside.request!);
    expect(denied.decision).toBe('ExplicitDeny');
    expect(outside.documentOf(denied.explain.decidingStatements[0]!)).toBe(r.id);
    const inside = buildSimulation(
      r.scenario,
      form({ who, context: { 'aws:PrincipalOrgID': 'o-exampleorgid' } }),
    );
    expect(evaluateRequest(inside.request!).decision).toBe('Allow');
    const off = buildSimulation(
      r.scenario,
      form({ who, context: { 'aws:PrincipalOrgID': 'o-otherorg' }, disabled: new Set([r.id]) }),
    );
    expect(evaluateRequest(off.request!).decision).toBe('Allow');
  });

  it('asks as a trusted entry: an account stands for a user of that account', () => {
    const sim = buildSimulation(
      seed,
      form({ who: { kind: 'entry', key: 'Service', value: 'ec2.amazonaws.com' } }),
    );
    expect(sim.mode).toBe('assume');
    const result = evaluateRequest(sim.request!);
    expect(result.decision).toBe('Allow');
    expect(sim.documentOf(result.explain.decidingStatements[0]!)).toBe('trust');
    const account = buildSimulation(
      seed,
      form({ who: { kind: 'entry', key: 'AWS', value: '444455556666' } }),
    );
    expect(account.principal).toEqual({ AWS: 'arn:aws:iam::444455556666:user/example-user' });
  });

  it('splits multivalued context values at commas and leaves empty ones out', () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: {
            'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] },
            IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
          },
        },
      ],
    });
    const s: Scenario = {
      ...seed,
      role: {
        ...seed.role,
        permissionPolicies: [{ id: 'permission:0', name: 'P', managed: false, document: policy }],
      },
    };
    const sim = buildSimulation(
      s,
      form({
        action: 's3:GetObject',
        context: { 'aws:TagKeys': ' env , team ', 'aws:SourceIp': ' ' },
      }),
    );
    expect(sim.request?.context).toEqual({ 'aws:TagKeys': ['env', 'team'] });
  });
});
