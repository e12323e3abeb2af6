import { describe, expect, it } from 'vitest';
import { Catalog } from '../core';
import { createNodeSource } from './nodeCatalogSource';
import { createViteSource } from './viteCatalogSource';

// Vitest runs on Vite, so import.meta.glob works here as it does in the app build.
describe('vite source', () => {
  it('serves the same data as the node source', async () => {
    const vite = createViteSource();
    const node = createNodeSource();
    expect(vite.asOf).toBe(node.asOf);
    expect(await vite.loadServiceNames()).toEqual(await node.loadServiceNames());
    expect(await vite.loadService('ssm')).toEqual(await node.loadService('ssm'));
    expect(await vite.loadGlobalConditionKeys?.()).toEqual(await node.loadGlobalConditionKeys?.());
  });

  it('gives undefined for prefixes it does not bundle', async () => {
    const vite = createViteSource();
    expect(await vite.loadService('nosuchservice')).toBeUndefined();
    expect(await vite.loadService('../actions/ssm')).toBeUndefined();
    expect(await vite.loadService('constructor')).toBeUndefined();
  });

  it('drives a Catalog', async () => {
    const catalog = new Catalog(createViteSource());
    await catalog.ensureForActions(['ssm:GetDocument']);
    expect(catalog.getAction('ssm:getdocument')?.accessLevel).toBe('Read');
    expect(catalog.conditionKey('aws:SourceIp')?.type).toBe('IPAddress');
  });
});
