import { Catalog, type CatalogSource } from '../core';
import { once } from './once';

type ViteSource = CatalogSource;
let source: Promise<ViteSource> | undefined;
let loaded: ViteSource | undefined;

/** The Vite source's glob tables live in their own chunk, fetched with the first catalog request. */
function viteSource(): Promise<ViteSource> {
  source ??= import('./viteCatalogSource').then((m) => {
    loaded = m.createViteSource();
    return loaded;
  });
  return source;
}

/**
 * The page's source of IAM data, which the lint worker asks too (messageCatalogSource.ts): the
 * service list and the global condition keys are read once for both.
 */
export const appCatalogSource: CatalogSource = {
  get asOf() {
    return loaded?.asOf ?? '';
  },
  loadServiceNames: once(async () => (await viteSource()).loadServiceNames()),
  loadService: async (prefix) => (await viteSource()).loadService(prefix),
  loadGlobalConditionKeys: once(async () => {
    const s = await viteSource();
    return s.loadGlobalConditionKeys ? s.loadGlobalConditionKeys() : [];
  }),
};

/** The app's one catalog: IAM data bundled as per-service chunks, loaded on demand, never fetched from elsewhere. */
export const appCatalog = new Catalog(appCatalogSource);
