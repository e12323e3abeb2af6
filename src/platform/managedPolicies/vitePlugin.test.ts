import { describe, expect, it } from 'vitest';
import { buildManagedPolicyData, managedChunkOf, MANAGED_CHUNKS } from './data';
import { MANAGED_MODULE, managedPoliciesPlugin } from './vitePlugin';
import { fixtureData, S3_READ_V3 } from './testing/fixture';

type Hook = (id: string) => string | undefined;

/** The default export of a generated `export default JSON.parse("…")` module. */
function defaultOf(code: string | undefined): unknown {
  const m = /^export default JSON\.parse\((".*")\);\n$/s.exec(code ?? '');
  return m ? (JSON.parse(JSON.parse(m[1] ?? '""') as string) as unknown) : undefined;
}

describe('managedPoliciesPlugin', () => {
  let reads = 0;
  const plugin = managedPoliciesPlugin(() => {
    reads++;
    return buildManagedPolicyData(fixtureData());
  });
  const resolveId = plugin.resolveId as unknown as Hook;
  const load = plugin.load as unknown as Hook;

  it('serves only its own virtual modules', () => {
    expect(resolveId('react')).toBeUndefined();
    expect(resolveId('./src/main.tsx')).toBeUndefined();
    expect(load('/work/src/main.tsx')).toBeUndefined();
    expect(reads).toBe(0);
  });

  it('builds a root module with the date, the count and one lazy loader per chunk', () => {
    const root = load(resolveId(MANAGED_MODULE) ?? '') ?? '';
    expect(root).toContain('export const asOf = "2023-08-10";');
    expect(root).toContain('export const count = 3;');
    expect(root.match(/\(\) => import\(/g)).toHaveLength(MANAGED_CHUNKS + 1);
  });

  it('builds the index and the chunks as JSON modules, reading the data once', () => {
    const rootCode = load(resolveId(MANAGED_MODULE) ?? '') ?? '';
    const ids = [...rootCode.matchAll(/import\(("[^"]+")\)/g)].map(
      (m) => JSON.parse(m[1] ?? '""') as string,
    );
    const [indexId, ...chunkIds] = ids;
    expect(defaultOf(load(resolveId(indexId ?? '') ?? ''))).toEqual([
      ['AWSLambdaBasicExecutionRole', '/service-role/', 'v1', '2015-04-09'],
      ['AdministratorAccess', '/', 'v1', '2015-02-06'],
      ['AmazonS3ReadOnlyAccess', '/', 'v3', '2023-08-10'],
    ]);
    const chunk = defaultOf(load(chunkIds[managedChunkOf('AmazonS3ReadOnlyAccess')] ?? '')) as
      Record<string, unknown> | undefined;
    expect(chunk?.AmazonS3ReadOnlyAccess).toEqual(S3_READ_V3);
    expect(reads).toBe(1);
  });
});
