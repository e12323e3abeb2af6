import { describe, expect, it } from 'vitest';
import { appCatalogSource } from './appCatalog';

describe("the page's IAM data source", () => {
  it('reads the service list and the global condition keys once, for the page and the lint worker', async () => {
    const names = await appCatalogSource.loadServiceNames();
    expect(names['s3']).toBe('Amazon S3');
    expect(await appCatalogSource.loadServiceNames()).toBe(names);
    const keys = (await appCatalogSource.loadGlobalConditionKeys?.()) ?? [];
    expect(keys.some((k) => k.key === 'aws:SourceIp')).toBe(true);
    expect(await appCatalogSource.loadGlobalConditionKeys?.()).toBe(keys);
  });
});
