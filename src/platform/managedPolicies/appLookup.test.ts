import { describe, expect, it } from 'vitest';
import { appManagedPolicies } from './appLookup';
import { MANAGED_CHUNKS } from './data';
import { nodeManagedPolicies } from './nodeLookup';
import { chunks } from 'virtual:rolemap-managed-policies';

// The app's lookup over the build plugin's virtual modules (vitest.config.ts loads the plugin),
// checked against the Node lookup that reads the package directly: one interface, same answers.
describe('the app’s managed-policy chunks', () => {
  const node = nodeManagedPolicies();

  it('are MANAGED_CHUNKS lazily loaded modules with the same “as of” date and count', () => {
    expect(chunks).toHaveLength(MANAGED_CHUNKS);
    expect(appManagedPolicies.asOf).toBe(node.asOf);
    expect(appManagedPolicies.count).toBe(node.count);
    expect(appManagedPolicies.count).toBeGreaterThan(1000);
  });

  it('resolve AmazonS3ReadOnlyAccess to AWS’s document (AWS Managed Policy Reference)', async () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
    const found = await appManagedPolicies.byArn(arn);
    const doc = JSON.parse(found?.document ?? '{}') as { Statement?: { Action?: string[] }[] };
    expect(doc.Statement?.[0]?.Action).toEqual(expect.arrayContaining(['s3:Get*', 's3:List*']));
    expect(found).toEqual(await node.byArn(arn));
  });

  it('give the same answers as the Node lookup for policies spread over the chunks', async () => {
    const all = (await node.search('', 5000)).entries;
    const sample = all.filter((_, i) => i % 97 === 0);
    expect(sample.length).toBeGreaterThan(10);
    for (const entry of sample) {
      const app = await appManagedPolicies.byArn(entry.arn);
      expect(app?.name).toBe(entry.name);
      expect(app).toEqual(await node.byArn(entry.arn));
    }
  });
});
