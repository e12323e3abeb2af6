import { describe, expect, it } from 'vitest';
import {
  managedPolicyArn,
  readManagedPolicyArn,
  searchManagedPolicies,
  type ManagedPolicyEntry,
} from './managedPolicies';

// ARN format from the IAM User Guide, "IAM identifiers" (arn:partition:iam::aws:policy/path/name
// for AWS managed policies; a customer managed policy has the account id instead of "aws").
describe('readManagedPolicyArn', () => {
  it('reads the path and name of AWS managed policy ARNs in every partition', () => {
    expect(readManagedPolicyArn('arn:aws:iam::aws:policy/ReadOnlyAccess')).toEqual({
      partition: 'aws',
      path: '/',
      name: 'ReadOnlyAccess',
    });
    expect(
      readManagedPolicyArn(
        'arn:aws-us-gov:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      ),
    ).toEqual({
      partition: 'aws-us-gov',
      path: '/service-role/',
      name: 'AWSLambdaBasicExecutionRole',
    });
    expect(managedPolicyArn('/job-function/', 'ViewOnlyAccess')).toBe(
      'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess',
    );
  });

  it('rejects customer managed policies, other resources and malformed text', () => {
    for (const odd of [
      'arn:aws:iam::111122223333:policy/ReadOnlyAccess',
      'arn:aws:iam::aws:role/ReadOnlyAccess',
      'arn:aws:iam:us-east-1:aws:policy/ReadOnlyAccess',
      'arn:aws:s3:::aws:policy/ReadOnlyAccess',
      'arn:aws:iam::aws:policy/',
      'arn:aws:iam::aws:policy/bad name',
      'ReadOnlyAccess',
      undefined,
    ])
      expect(readManagedPolicyArn(odd)).toBeUndefined();
  });
});

describe('searchManagedPolicies', () => {
  const entry = (name: string): ManagedPolicyEntry => ({
    name,
    arn: managedPolicyArn('/', name),
    path: '/',
    version: 'v1',
  });
  const entries = ['AmazonS3FullAccess', 'AmazonS3ReadOnlyAccess', 'ReadOnlyAccess', 'S3Extra'].map(
    entry,
  );

  it('puts the exact name first, then prefixes, then other substrings', () => {
    const names = (q: string) => searchManagedPolicies(entries, q).entries.map((e) => e.name);
    expect(names('readonlyaccess')).toEqual(['ReadOnlyAccess', 'AmazonS3ReadOnlyAccess']);
    expect(names('s3')).toEqual(['S3Extra', 'AmazonS3FullAccess', 'AmazonS3ReadOnlyAccess']);
    expect(names('  S3EXTRA ')).toEqual(['S3Extra']);
  });

  it('caps the results but counts them all, and treats a non-string query as empty', () => {
    expect(searchManagedPolicies(entries, 'access', 1)).toEqual({
      entries: [entry('AmazonS3FullAccess')],
      total: 3,
    });
    expect(searchManagedPolicies(entries, 7 as unknown, Number.NaN).total).toBe(4);
    expect(searchManagedPolicies(entries, 'x'.repeat(1_000_000)).total).toBe(0);
  });
});
