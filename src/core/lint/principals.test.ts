import { describe, expect, it } from 'vitest';
import { applyEdits, lintPolicy } from './index';
import type { DocumentKind, Severity } from './types';

/** A one-statement policy with the given Principal, Action and (optional) Condition. */
function doc(principal: unknown, action: string, condition?: unknown, resource?: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: principal,
        Action: action,
        ...(resource ? { Resource: resource } : {}),
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });
}

function severities(text: string, kind: DocumentKind, code: string): Severity[] {
  return lintPolicy(text, kind)
    .filter((f) => f.code === code)
    .map((f) => f.severity);
}

const BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket/*';
const TOPIC = 'arn:aws:sns:us-east-1:111122223333:amzn-s3-demo-topic';

// Access Analyzer's check reference: "Role trust policy unsupported wildcard in principal" is an
// ERROR; in a resource policy "*" is public access by design (IAM Principal element, "All principals").
describe('open-to-anyone severity follows the policy kind', () => {
  it('is an error in a trust policy and a security warning in a resource policy', () => {
    expect(severities(doc('*', 'sts:AssumeRole'), 'trust', 'open-to-anyone')).toEqual(['error']);
    expect(
      severities(doc('*', 's3:GetObject', undefined, BUCKET), 'resource', 'open-to-anyone'),
    ).toEqual(['security']);
  });

  it('names the condition that does not narrow it', () => {
    const f = lintPolicy(
      doc({ AWS: '*' }, 'sts:AssumeRole', {
        StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' },
      }),
      'trust',
    ).find((x) => x.code === 'open-to-anyone');
    expect(f?.params).toEqual({
      kind: 'trust',
      ignored: { operator: 'StringNotEquals', key: 'aws:PrincipalOrgID' },
    });
  });
});

// Access Analyzer: "Restrict access to service principal" (SECURITY_WARNING) and "Recommended
// condition key for service principal" (SUGGESTION).
describe('service principals in resource policies', () => {
  it('warns without a source and suggests the source keys over another key', () => {
    const svc = { Service: 's3.amazonaws.com' };
    expect(
      severities(
        doc(svc, 'sns:Publish', undefined, TOPIC),
        'resource',
        'service-principal-without-source',
      ),
    ).toEqual(['security']);
    expect(
      severities(
        doc(svc, 'sns:Publish', { StringEquals: { 'aws:Referer': 'x' } }, TOPIC),
        'resource',
        'service-principal-without-source',
      ),
    ).toEqual(['suggestion']);
  });
});

// Access Analyzer: "Invalid service principal format" (ERROR), with the usual name as a fix.
describe('a bare service name', () => {
  it('is an error whose fix adds .amazonaws.com', () => {
    const text = doc({ Service: 'ec2' }, 'sts:AssumeRole');
    const f = lintPolicy(text, 'trust').find((x) => x.code === 'service-principal-invalid');
    expect(f?.severity).toBe('error');
    expect(f?.params).toEqual({ value: 'ec2', suggestion: 'ec2.amazonaws.com' });
    const fixed = applyEdits(text, f?.fix?.edits ?? []);
    expect(lintPolicy(fixed, 'trust').filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('principal checks on large input (bounded work; npm run bench times lint)', () => {
  it('lints 2,000 principals and 2,000 condition values, finding each', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `arn:aws:iam::111122223333:role/r${i}*`);
    const values = Array.from({ length: 2000 }, (_, i) => `o-${i}`);
    const text = doc(
      { AWS: ['*', ...many], Service: ['ec2', 'lambda.amazonaws.com'] },
      'sts:AssumeRoleWithSAML',
      {
        StringLike: { 'aws:PrincipalOrgID': [...values, '*'] },
      },
    );
    const findings = lintPolicy(text, 'trust');
    expect(findings.filter((f) => f.code === 'principal-wildcard')).toHaveLength(2000);
    expect(findings.filter((f) => f.code === 'open-to-anyone')).toHaveLength(1);
  });

  it('weighs thousands of public Allow statements against thousands of Deny guards within a budget', () => {
    const allow = (i: number) => ({
      Effect: 'Allow',
      Principal: '*',
      Action: `s3:GetObject${i}`,
      Resource: `arn:aws:s3:::bucket-${i}/*`,
    });
    const deny = (i: number) => ({
      Effect: 'Deny',
      Principal: '*',
      Action: `s3:PutObject${i}`,
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    });
    const statements = Array.from({ length: 1000 }, (_, i) => [allow(i), deny(i)]).flat();
    const text = JSON.stringify({ Version: '2012-10-17', Statement: statements });
    const findings = lintPolicy(text, 'resource');
    expect(findings.filter((f) => f.code === 'open-to-anyone')).toHaveLength(1000);
  });
});
