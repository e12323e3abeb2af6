import { describe, expect, it } from 'vitest';
import { analyzeRisks, RISK_ACTIONS, riskActionsMatching } from './analyze';
import { RISK_SOURCES, RISKS } from './data';
import type { RiskGrant } from './types';

// Expected answers come from the sources the table cites: Rhino Security Labs' "AWS IAM Privilege
// Escalation – Methods and Mitigation" (each method needs every permission it lists: PassRole with
// ec2:RunInstances; PassRole with lambda:CreateFunction and lambda:InvokeFunction, or
// CreateEventSourceMapping; iam:UpdateAssumeRolePolicy with sts:AssumeRole; a single
// iam:CreatePolicyVersion is enough) and AWS's "Grant a user permissions to pass a role to an AWS
// service" (passing a role lets the service act with its permissions).

const grant = (action: string, node = `action:${action}`, allResources = true): RiskGrant => ({
  action,
  nodes: [node],
  allResources,
});
const ids = (grants: RiskGrant[]) => analyzeRisks(grants).findings.map((f) => f.id);

describe('risk analysis', () => {
  it('finds PassRole + RunInstances, and says the role has an escalation path', () => {
    const report = analyzeRisks([grant('iam:PassRole'), grant('ec2:RunInstances')]);
    expect(report.findings.map((f) => f.id)).toEqual(['pass-role-ec2']);
    expect(report.escalation).toBe(true);
    expect(report.findings[0]?.parts).toEqual([
      { actions: ['iam:PassRole'], nodes: ['action:iam:PassRole'] },
      { actions: ['ec2:RunInstances'], nodes: ['action:ec2:RunInstances'] },
    ]);
    expect(report.byNode.get('action:iam:PassRole')).toEqual(['privilege-escalation']);
  });

  it('needs every part of a combination: PassRole alone or RunInstances alone is no path', () => {
    expect(analyzeRisks([grant('iam:PassRole')])).toMatchObject({
      findings: [],
      escalation: false,
    });
    expect(ids([grant('ec2:RunInstances')])).toEqual([]);
    expect(analyzeRisks([grant('iam:PassRole')]).byNode.size).toBe(0);
  });

  it('needs a way to run the Lambda function: CreateFunction + PassRole alone is no path', () => {
    expect(ids([grant('iam:PassRole'), grant('lambda:CreateFunction')])).toEqual([]);
    expect(
      ids([grant('iam:PassRole'), grant('lambda:CreateFunction'), grant('lambda:InvokeFunction')]),
    ).toEqual(['pass-role-lambda-invoke']);
    expect(
      ids([
        grant('iam:PassRole'),
        grant('lambda:CreateFunction'),
        grant('lambda:CreateEventSourceMapping'),
      ]),
    ).toEqual(['pass-role-lambda-event-source']);
  });

  it('counts single-permission methods on their own', () => {
    expect(ids([grant('iam:CreatePolicyVersion')])).toEqual(['create-policy-version']);
    expect(ids([grant('iam:AttachRolePolicy')])).toEqual(['attach-role-policy']);
    expect(ids([grant('lambda:UpdateFunctionCode')])).toEqual(['update-function-code']);
  });

  it('UpdateAssumeRolePolicy escalates only with sts:AssumeRole; alone it still exposes the role', () => {
    const alone = analyzeRisks([grant('iam:UpdateAssumeRolePolicy')]);
    expect(alone.findings.map((f) => f.id)).toEqual(['role-trust-policy']);
    expect(alone.escalation).toBe(false);
    const both = analyzeRisks([grant('iam:UpdateAssumeRolePolicy'), grant('sts:AssumeRole')]);
    expect(both.findings.map((f) => f.id)).toEqual([
      'update-assume-role-policy',
      'role-trust-policy',
    ]);
    expect(both.byNode.get('action:iam:UpdateAssumeRolePolicy')).toEqual([
      'privilege-escalation',
      'resource-exposure',
    ]);
  });

  it('reading every object is a risk on "*" only, not on one bucket', () => {
    expect(ids([grant('s3:GetObject', 'a', false)])).toEqual([]);
    expect(ids([grant('s3:GetObject', 'a', true)])).toEqual(['read-every-object']);
  });

  it('matches actions as IAM does: case-insensitive, wildcards over the table', () => {
    expect(ids([grant('IAM:passrole'), grant('EC2:runinstances')])).toEqual(['pass-role-ec2']);
    expect(riskActionsMatching('iam:Put*')).toEqual(
      expect.arrayContaining(['iam:PutUserPolicy', 'iam:PutGroupPolicy', 'iam:PutRolePolicy']),
    );
    expect(riskActionsMatching('iam:Put*')).not.toContain('iam:PassRole');
    expect(riskActionsMatching('*')).toHaveLength(RISK_ACTIONS.length);
    expect(riskActionsMatching('ssm:GetDocument')).toEqual([]);
  });

  it('has one entry per id, parts that name actions, and sources the table lists', () => {
    expect(new Set(RISKS.map((r) => r.id)).size).toBe(RISKS.length);
    for (const r of RISKS) {
      expect(r.parts.length, r.id).toBeGreaterThan(0);
      for (const part of r.parts)
        for (const a of part) expect(a, r.id).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) expect(RISK_SOURCES[s].url).toMatch(/^https:\/\//);
    }
  });
});
