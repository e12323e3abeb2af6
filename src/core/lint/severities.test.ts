import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../catalog';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { lintPolicy } from './lintPolicy';
import type { DocumentKind, Severity } from './types';

// Severities calibrated to IAM Access Analyzer's check reference
// (access-analyzer-reference-policy-checks.html); the case files check codes and lines only.

const catalog = new Catalog(createNodeSource());
beforeAll(async () => {
  await catalog.load(['s3', 'ec2', 'iam', 'deeplens', 'cloudhsm']);
});

function severityOf(code: string, text: string, kind: DocumentKind): Severity[] {
  return lintPolicy(text, kind, { catalog })
    .filter((f) => f.code === code)
    .map((f) => f.severity);
}

const doc = (statements: unknown[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

describe('severities follow Access Analyzer', () => {
  const twice = (extra: Record<string, unknown>) =>
    doc([
      { Sid: 'A', Effect: 'Allow', Action: 's3:GetObject', Resource: '*', ...extra },
      { Sid: 'A', Effect: 'Allow', Action: 's3:PutObject', Resource: '*', ...extra },
    ]);

  it('a duplicate Sid: "Unique Sids recommended" (warning) in identity policies and SCPs', () => {
    expect(severityOf('sid-duplicate', twice({}), 'identity')).toEqual(['warning']);
    expect(severityOf('sid-duplicate', twice({}), 'boundary')).toEqual(['warning']);
    expect(severityOf('sid-duplicate', twice({}), 'scp')).toEqual(['warning']);
  });

  it('a duplicate Sid: "Unique Sids required" (error) in resource-based and trust policies', () => {
    const principal = { Principal: { AWS: 'arn:aws:iam::123456789012:root' } };
    expect(severityOf('sid-duplicate', twice(principal), 'resource')).toEqual(['error']);
    const trust = doc([
      { Sid: 'A', Effect: 'Allow', Action: 'sts:AssumeRole', ...principal },
      { Sid: 'A', Effect: 'Allow', Action: 'sts:TagSession', ...principal },
    ]);
    expect(severityOf('sid-duplicate', trust, 'trust')).toEqual(['error']);
  });

  it('size: over the identity quota is a warning, over the SCP quota an error', () => {
    const many = (n: number) =>
      doc(
        Array.from({ length: n }, (_, i) => ({
          Effect: 'Deny',
          Action: 's3:DeleteObject',
          Resource: `arn:aws:s3:::amzn-s3-demo-bucket/${String(i).padStart(5, '0')}/*`,
        })),
      );
    expect(severityOf('policy-too-large', many(200), 'identity')).toEqual(['warning']);
    expect(severityOf('policy-too-large', many(200), 'boundary')).toEqual(['warning']);
    expect(severityOf('policy-too-large', many(100), 'scp')).toEqual(['error']);
  });

  it('what grants nothing but is accepted by AWS is a warning', () => {
    const text = doc([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket' },
      { Effect: 'Allow', Action: ['deeplens:ListDevices', 'cloudhsm:DescribeHapg'], Resource: '*' },
      { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: 'arn:aws:ec2:*:*:instance/*' },
    ]);
    const found = lintPolicy(text, 'identity', { catalog }).map((f) => [f.code, f.severity]);
    expect(found).toEqual([
      ['resource-type-mismatch', 'warning'],
      ['retired-service', 'warning'],
      ['retired-action', 'warning'],
      ['missing-required-resource', 'warning'],
    ]);
  });

  it('the resource check answers on a large policy (its work is bounded; npm run bench times it)', () => {
    const resources = Array.from(
      { length: 1500 },
      (_, i) => `arn:aws:ec2:us-east-1:123456789012:volume/vol-${i}`,
    );
    const text = doc([
      { Effect: 'Allow', Action: ['ec2:*', 's3:*', 'iam:*'], Resource: resources.slice(0, 190) },
      { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: resources },
    ]);
    const findings = lintPolicy(text, 'identity', { catalog });
    expect(findings.every((f) => typeof f.code === 'string')).toBe(true);
  });
});
