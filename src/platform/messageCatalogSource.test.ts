import { describe, expect, it } from 'vitest';
import { Catalog, type CatalogSource } from '../core';
import { createNodeSource } from './nodeCatalogSource';
import {
  answerCatalogAsk,
  isCatalogAnswer,
  isCatalogAsk,
  messageCatalogSource,
  type CatalogAsk,
} from './messageCatalogSource';

/** A worker's catalog wired to a page's source through structured clones, as postMessage does. */
function overMessages(pageSource: CatalogSource): { catalog: Catalog; asks: CatalogAsk[] } {
  const asks: CatalogAsk[] = [];
  const asked = messageCatalogSource((ask) => {
    const sent = structuredClone(ask);
    expect(isCatalogAsk(sent)).toBe(true);
    asks.push(sent);
    void answerCatalogAsk(pageSource, sent).then((answer) => {
      const back: unknown = structuredClone(answer);
      if (isCatalogAnswer(back)) asked.receive(back);
    });
  });
  return { catalog: new Catalog(asked.source), asks };
}

describe('a catalog whose data the page hands over', () => {
  it('knows what a catalog over the page source knows (Service Authorization Reference)', async () => {
    const { catalog, asks } = overMessages(createNodeSource());
    await catalog.load(['ssm']);
    // ssm:GetDocument: "Grants permission to retrieve the contents of a specified SSM document".
    const info = catalog.getAction('ssm:GetDocument');
    expect(info?.accessLevel).toBe('Read');
    expect(info?.resourceTypes.map((r) => r.name)).toContain('document');
    expect(catalog.resourceType('ssm', 'document')?.arn).toContain(':document/');
    expect(asks.some((a) => a.what === 'service' && a.prefix === 'ssm')).toBe(true);
    await catalog.load(['not-a-service']);
    expect(catalog.getAction('not-a-service:Get')).toBeUndefined();
  });

  it('answers the service list and the global condition keys', async () => {
    const { catalog } = overMessages(createNodeSource());
    await catalog.loadIndex();
    expect(catalog.hasService('s3')).toBe(true);
    expect(catalog.hasService('nope')).toBe(false);
  });

  it('a page source that fails answers "nothing", never a hung or thrown load', async () => {
    const failing: CatalogSource = {
      asOf: '',
      loadServiceNames: () => Promise.reject(new Error('offline')),
      loadService: () => Promise.reject(new Error('offline')),
      loadGlobalConditionKeys: () => Promise.reject(new Error('offline')),
    };
    expect(
      await answerCatalogAsk(failing, { catalogAsk: 7, what: 'service', prefix: 's3' }),
    ).toEqual({ catalogAnswer: 7, value: undefined });
    const { catalog } = overMessages(failing);
    await catalog.load(['s3']).catch(() => undefined);
    expect(catalog.getAction('s3:GetObject')).toBeUndefined();
  });

  it('an answer to no question is ignored', async () => {
    const posted: CatalogAsk[] = [];
    const asked = messageCatalogSource((ask) => posted.push(ask));
    const loading = asked.source.loadService('s3');
    asked.receive({ catalogAnswer: 999, value: { actions: {} } });
    const ask = posted[0];
    expect(ask?.what).toBe('service');
    asked.receive({ catalogAnswer: ask?.catalogAsk ?? 0, value: 'not an object' });
    expect(await loading).toBeUndefined();
  });
});
