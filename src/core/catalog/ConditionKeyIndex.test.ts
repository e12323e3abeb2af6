import { describe, expect, it } from 'vitest';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { Catalog } from './Catalog';
import { ConditionKeyIndex } from './ConditionKeyIndex';

const info = (key: string) => ({ key, description: '', type: 'String' });

describe('ConditionKeyIndex placeholders', () => {
  it('reads ${Name}, <key>, a final /tag-key and a bare final / as the variable part', () => {
    const index = new ConditionKeyIndex([
      info('s3:ExistingObjectTag/<key>'),
      info('secretsmanager:ResourceTag/tag-key'),
      info('glacier:ResourceTag/'),
      info('ssm:resourceTag/${TagKey}'),
    ]);
    expect(index.find('s3:ExistingObjectTag/UseWithCodeDeploy')?.key).toBe(
      's3:ExistingObjectTag/<key>',
    );
    expect(index.find('secretsmanager:ResourceTag/aws:secretsmanager:owningService')?.key).toBe(
      'secretsmanager:ResourceTag/tag-key',
    );
    expect(index.find('glacier:ResourceTag/Project')?.key).toBe('glacier:ResourceTag/');
    expect(index.find('ssm:resourcetag/x')?.key).toBe('ssm:resourceTag/${TagKey}');
    expect(index.find('s3:ExistingObjectTag')).toBeUndefined();
    expect(index.find('s3:ExistingObjectTag/')).toBeUndefined();
    expect(index.findWithoutVariable('s3:ExistingObjectTag')?.key).toBe(
      's3:ExistingObjectTag/<key>',
    );
    expect(index.findWithoutVariable('glacier:ResourceTag/')?.key).toBe('glacier:ResourceTag/');
    expect(index.findWithoutVariable('s3:Existing')).toBeUndefined();
  });

  it('every templated key of every service answers for a concrete name', async () => {
    const catalog = new Catalog(createNodeSource());
    await catalog.loadAll();
    let templated = 0;
    for (const prefix of catalog.servicePrefixes()) {
      for (const k of catalog.conditionKeysOf(prefix)) {
        const concrete = k.key
          .replace(/\$\{[^}]*\}|<[^>]*>/g, 'Project')
          .replace(/\/(tag-key)?$/, '/Project');
        if (concrete === k.key) continue;
        templated += 1;
        expect(catalog.conditionKey(concrete, prefix)?.key, concrete).toBeDefined();
      }
    }
    expect(templated).toBeGreaterThan(700);
  });
});
