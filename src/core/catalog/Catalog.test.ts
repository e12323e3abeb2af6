import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from './Catalog';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { rawActions, readPackageJson } from '../../platform/iamDataFiles';
import type { CatalogSource, ServiceData } from './types';

// Facts checked below are from the AWS Service Authorization Reference, "Actions, resources, and
// condition keys for AWS Systems Manager" (ssm) and the IAM User Guide, "AWS global condition
// context keys"; descriptions are compared with the data files themselves.

describe('Catalog over the node source', () => {
  const catalog = new Catalog(createNodeSource());

  beforeAll(async () => {
    await catalog.load(['ssm']);
  });

  it('knows ssm:GetDocument: Read, with the description from the data file', () => {
    const action = catalog.getAction('ssm:GetDocument');
    expect(action?.id).toBe('ssm:GetDocument');
    expect(action?.service).toBe('ssm');
    expect(action?.accessLevel).toBe('Read');
    expect(action?.description).toBe(rawActions('ssm').getdocument?.description);
    expect(action?.resourceTypes.map((r) => r.name)).toContain('document');
  });

  it('looks actions up case-insensitively and answers in AWS casing', () => {
    expect(catalog.getAction('SSM:getdocument')?.name).toBe('GetDocument');
    expect(catalog.getAction('ssm:GETDOCUMENT')?.id).toBe('ssm:GetDocument');
  });

  it('reports one access level where the data joins two', () => {
    // The reference lists ssm:AddTagsToResource as Tagging, ssm:PutResourcePolicy as
    // Permissions management; the data file says "Tagging, Write" / "Permissions management, Write".
    expect(catalog.getAction('ssm:AddTagsToResource')?.accessLevel).toBe('Tagging');
    expect(catalog.getAction('ssm:PutResourcePolicy')?.accessLevel).toBe('Permissions management');
    expect(catalog.getAction('ssm:ListDocuments')?.accessLevel).toBe('List');
    expect(catalog.getAction('ssm:SendCommand')?.accessLevel).toBe('Write');
  });

  it('gives undefined or [] for unknown or odd input, never an exception', () => {
    expect(catalog.getAction('ssm:NoSuchAction')).toBeUndefined();
    expect(catalog.getAction('nosuchservice:GetDocument')).toBeUndefined();
    expect(catalog.getAction('GetDocument')).toBeUndefined();
    expect(catalog.getAction('')).toBeUndefined();
    expect(catalog.getAction('ssm:__proto__')).toBeUndefined();
    expect(catalog.getAction('__proto__:constructor')).toBeUndefined();
    expect(catalog.getAction(undefined as unknown as string)).toBeUndefined();
    expect(catalog.actionsOf('nosuchservice')).toEqual([]);
    expect(catalog.resourceType('ssm', 'nosuchtype')).toBeUndefined();
    expect(catalog.conditionKey('nonsense')).toBeUndefined();
    expect(catalog.conditionKey({} as unknown as string)).toBeUndefined();
  });

  it('knows service names from the index, case-insensitively', () => {
    const names = readPackageJson<Record<string, string>>('data', 'serviceNames.json');
    expect(catalog.hasIndex).toBe(true);
    expect(catalog.hasService('SSM')).toBe(true);
    expect(catalog.hasService('ec2messages')).toBe(true);
    expect(catalog.hasService('nosuchservice')).toBe(false);
    expect(catalog.serviceName('ssm')).toBe(names.ssm);
    expect(catalog.servicePrefixes()).toHaveLength(Object.keys(names).length);
    expect(catalog.isLoaded('ssm')).toBe(true);
    expect(catalog.isLoaded('ec2')).toBe(false);
  });

  it('lists the actions of a loaded service, one per entry of its data file', () => {
    expect(catalog.actionsOf('ssm')).toHaveLength(Object.keys(rawActions('ssm')).length);
    expect(catalog.actionsOf('SSM').some((a) => a.name === 'StartSession')).toBe(true);
  });

  it('gives the ARN template of the ssm document resource type', () => {
    expect(catalog.resourceType('ssm', 'document')?.arn).toBe(
      'arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName}',
    );
    expect(catalog.resourceType('SSM', 'Document')?.key).toBe('document');
  });

  it('finds global condition keys with their types', () => {
    expect(catalog.conditionKey('aws:SourceIp')?.type).toBe('IPAddress');
    expect(catalog.conditionKey('AWS:SOURCEIP')?.key).toBe('aws:SourceIp');
    expect(catalog.conditionKey('aws:SecureTransport')?.type).toBe('Bool');
    expect(catalog.conditionKey('aws:CurrentTime')?.type).toBe('Date');
    expect(catalog.conditionKey('aws:PrincipalArn')?.type).toBe('ARN');
    expect(catalog.conditionKey('aws:NoSuchKey')).toBeUndefined();
  });

  it('matches templated keys such as aws:ResourceTag/env', () => {
    expect(catalog.conditionKey('aws:ResourceTag/env')?.type).toBe('String');
    expect(catalog.conditionKey('aws:ResourceTag/env')?.key).toMatch(/^aws:ResourceTag\//);
    expect(catalog.conditionKey('aws:PrincipalTag/team/sub')?.key).toMatch(/^aws:PrincipalTag\//);
    expect(catalog.conditionKey('aws:ResourceTag/')).toBeUndefined(); // a tag key is needed
    // The service's own wording, when asked in its context:
    expect(catalog.conditionKey('aws:ResourceTag/env', 'ssm')?.key).toBe(
      'aws:ResourceTag/${TagKey}',
    );
    expect(catalog.conditionKey('ssm:resourceTag/env')?.key).toBe('ssm:resourceTag/${TagKey}');
  });

  it('finds service condition keys with their types', () => {
    expect(catalog.conditionKey('ssm:Overwrite')?.type).toBe('String');
    expect(catalog.conditionKey('SSM:DOCUMENTCATEGORIES')?.key).toBe('ssm:DocumentCategories');
    expect(catalog.conditionKey('ec2:Region')).toBeUndefined(); // ec2 is not loaded
  });

  it('exposes the data date from the package', () => {
    expect(catalog.asOf).toBe(readPackageJson<{ updatedAt: string }>('package.json').updatedAt);
  });
});

/** A source over two made-up services that counts how often each is read. */
function countingSource(delayMs = 5): { source: CatalogSource; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const service = (name: string): ServiceData => ({
    actions: {
      [name.toLowerCase()]: {
        name,
        description: `does ${name}`,
        accessLevel: 'Read',
        resourceTypes: [],
        conditionKeys: [],
        dependentActions: [],
      },
    },
    resourceTypes: {},
    conditionKeys: {},
  });
  const source: CatalogSource = {
    asOf: '2020-01-01T00:00:00.000Z',
    loadServiceNames: async () => ({ alpha: 'Alpha', beta: 'Beta' }),
    async loadService(prefix) {
      reads.set(prefix, (reads.get(prefix) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return prefix === 'alpha'
        ? service('DoAlpha')
        : prefix === 'beta'
          ? service('DoBeta')
          : undefined;
    },
  };
  return { source, reads };
}

describe('Catalog loading', () => {
  it('loads a service once when asked twice at the same time', async () => {
    const { source, reads } = countingSource();
    const catalog = new Catalog(source);
    await Promise.all([
      catalog.load(['alpha']),
      catalog.load(['ALPHA', 'alpha']),
      catalog.load(['alpha']),
    ]);
    await catalog.load(['alpha']);
    expect(reads.get('alpha')).toBe(1);
    expect(catalog.getAction('alpha:doalpha')?.name).toBe('DoAlpha');
  });

  it('never asks the source for a prefix the index does not list', async () => {
    const { source, reads } = countingSource();
    const catalog = new Catalog(source);
    await catalog.load(['../../etc/passwd', 'gamma', '__proto__']);
    expect([...reads.keys()]).toEqual([]);
  });

  it('bumps version and tells subscribers as data arrives', async () => {
    const { source } = countingSource();
    const catalog = new Catalog(source);
    let calls = 0;
    const unsubscribe = catalog.subscribe(() => {
      calls += 1;
      throw new Error('a listener that throws does not stop loading');
    });
    const before = catalog.version;
    await catalog.loadIndex();
    const afterIndex = catalog.version;
    expect(afterIndex).toBeGreaterThan(before);
    await catalog.load(['alpha']);
    expect(catalog.version).toBeGreaterThan(afterIndex);
    const loaded = catalog.version;
    await catalog.load(['alpha']);
    expect(catalog.version).toBe(loaded); // nothing new, no bump
    expect(calls).toBe(2);
    unsubscribe();
    await catalog.load(['beta']);
    expect(calls).toBe(2);
  });

  it('loadAll loads every indexed service, a few at a time', async () => {
    const { source, reads } = countingSource();
    const catalog = new Catalog(source, { concurrency: 1 });
    await catalog.loadAll();
    expect(catalog.isComplete()).toBe(true);
    expect(catalog.allLoadedActions().map((a) => a.id)).toEqual(['alpha:DoAlpha', 'beta:DoBeta']);
    expect([...reads.values()]).toEqual([1, 1]);
  });

  it('ensureForActions loads named services and those a wildcard service part can match', async () => {
    const { source } = countingSource();
    const catalog = new Catalog(source);
    await catalog.ensureForActions(['Alpha:DoAlpha', 'nosuch:Thing', 'not-an-action']);
    expect(catalog.loadedServices()).toEqual(['alpha']);
    await catalog.ensureForActions(['b?ta:*']);
    expect(catalog.loadedServices()).toEqual(['alpha', 'beta']);
  });

  it('asked again, ensureForActions loads what the same patterns name, without reading twice', async () => {
    const { source, reads } = countingSource();
    const catalog = new Catalog(source);
    await catalog.ensureForActions(['b?ta:*', 'alpha:DoAlpha']);
    await catalog.ensureForActions(['b?ta:*', 'alpha:DoAlpha']);
    expect(catalog.loadedServices()).toEqual(['alpha', 'beta']);
    expect([...reads.values()]).toEqual([1, 1]);
  });

  it('a service wildcard asked while the index could not be read matches once the index is read', async () => {
    const { source } = countingSource();
    let failures = 1;
    const flaky: CatalogSource = {
      ...source,
      loadServiceNames: async () => {
        if (failures-- > 0) throw new Error('not yet');
        return source.loadServiceNames();
      },
    };
    const catalog = new Catalog(flaky);
    await catalog.ensureForActions(['b?ta:*']);
    expect(catalog.loadedServices()).toEqual([]);
    await catalog.ensureForActions(['b?ta:*']);
    expect(catalog.loadedServices()).toEqual(['beta']);
  });

  it('survives a source that fails', async () => {
    const failing: CatalogSource = {
      asOf: '',
      loadServiceNames: async () => ({ alpha: 'Alpha' }),
      loadService: async () => {
        throw new Error('disk on fire');
      },
      loadGlobalConditionKeys: async () => [
        { key: 'aws:SourceIp', type: 'IPAddress', description: '' },
      ],
    };
    const catalog = new Catalog(failing);
    await expect(catalog.load(['alpha'])).resolves.toBeUndefined();
    expect(catalog.isLoaded('alpha')).toBe(false);
    expect(catalog.conditionKey('aws:sourceip')?.type).toBe('IPAddress');
    const broken: CatalogSource = {
      asOf: '',
      loadServiceNames: async () => {
        throw new Error('no index');
      },
      loadService: async () => undefined,
    };
    const empty = new Catalog(broken);
    await expect(empty.loadAll()).resolves.toBeUndefined();
    expect(empty.hasIndex).toBe(false);
  });
});
