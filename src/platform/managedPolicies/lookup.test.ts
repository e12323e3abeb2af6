import { describe, expect, it } from 'vitest';
import { buildManagedPolicyData, type ManagedChunk } from './data';
import { createManagedLookup } from './lookup';
import { fixtureData, S3_READ_V3 } from './testing/fixture';

function lookupOverFixture() {
  const data = buildManagedPolicyData(fixtureData(), 4);
  const loads: string[] = [];
  const lookup = createManagedLookup({
    asOf: data.asOf,
    count: data.rows.length,
    chunkCount: 4,
    loadIndex: async () => {
      loads.push('index');
      return data.rows;
    },
    loadChunk: async (n) => {
      loads.push(`chunk ${n}`);
      return data.chunks[n] as ManagedChunk;
    },
  });
  return { lookup, loads };
}

describe('createManagedLookup', () => {
  it('resolves an AWS managed policy ARN to its latest document as pretty-printed text', async () => {
    const { lookup } = lookupOverFixture();
    const found = await lookup.byArn('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');
    expect(found).toEqual({
      name: 'AmazonS3ReadOnlyAccess',
      arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      version: 'v3',
      document: `${JSON.stringify(S3_READ_V3, null, 4)}\n`,
    });
    expect(JSON.parse(found?.document ?? '')).toEqual(S3_READ_V3);
  });

  it('honours the path and the partition of the ARN (IAM User Guide, "IAM identifiers")', async () => {
    const { lookup } = lookupOverFixture();
    const lambda = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
    expect((await lookup.byArn(lambda))?.name).toBe('AWSLambdaBasicExecutionRole');
    // The right name under the wrong path is another policy, which AWS does not have.
    expect(
      await lookup.byArn('arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole'),
    ).toBeUndefined();
    const cn = await lookup.byArn('arn:aws-cn:iam::aws:policy/AdministratorAccess');
    expect(cn?.arn).toBe('arn:aws-cn:iam::aws:policy/AdministratorAccess');
  });

  it('answers undefined, never throws, for anything that is not an AWS managed policy', async () => {
    const { lookup } = lookupOverFixture();
    for (const odd of [
      'arn:aws:iam::111122223333:policy/AmazonS3ReadOnlyAccess',
      'arn:aws:iam::aws:role/AmazonS3ReadOnlyAccess',
      'arn:aws:iam::aws:policy/__proto__',
      'arn:aws:iam::aws:policy/constructor',
      'arn:aws:iam::aws:policy/Missing',
      `arn:aws:iam::aws:policy/${'A'.repeat(100_000)}`,
      '',
      42,
      null,
      { arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
    ])
      expect(await lookup.byArn(odd)).toBeUndefined();
    expect(await lookup.byName('__proto__')).toBeUndefined();
    expect(await lookup.byName('hasOwnProperty')).toBeUndefined();
    expect((await lookup.byName('AdministratorAccess'))?.arn).toBe(
      'arn:aws:iam::aws:policy/AdministratorAccess',
    );
  });

  it('loads the index once and only the chunk a document is in', async () => {
    const { lookup, loads } = lookupOverFixture();
    expect(loads).toEqual([]);
    await lookup.search('s3');
    expect(loads).toEqual(['index']);
    await lookup.byName('AmazonS3ReadOnlyAccess');
    await lookup.byName('AmazonS3ReadOnlyAccess');
    expect(loads.filter((l) => l.startsWith('chunk'))).toHaveLength(1);
    expect(loads.filter((l) => l === 'index')).toHaveLength(1);
  });

  it('searches names case-insensitively, exact match first', async () => {
    const { lookup } = lookupOverFixture();
    const found = await lookup.search('ACCESS');
    expect(found.entries.map((e) => e.name)).toEqual([
      'AdministratorAccess',
      'AmazonS3ReadOnlyAccess',
    ]);
    expect((await lookup.search('amazons3readonlyaccess')).entries[0]?.updated).toBe('2023-08-10');
    expect((await lookup.search('')).total).toBe(3);
    expect((await lookup.search('nothing-like-this')).total).toBe(0);
  });

  it('tries a failed load again on the next call', async () => {
    let fail = true;
    const lookup = createManagedLookup({
      asOf: '',
      count: 0,
      loadIndex: async () => {
        if (fail) throw new Error('offline');
        return [];
      },
      loadChunk: async () => ({}),
    });
    await expect(lookup.search('x')).rejects.toThrow('offline');
    fail = false;
    expect(await lookup.search('x')).toEqual({ entries: [], total: 0 });
  });
});
