/**
 * The ManagedPolicyLookup (src/core/catalog/managedPolicies.ts) over any way of loading the index
 * and the chunks: the app hands in Vite's lazily loaded chunks, the CLI the package read from disk.
 * Loads are cached; a failed load is forgotten so the next call tries again.
 */
import {
  isManagedPolicyName,
  isRecord,
  managedPolicyArn,
  readManagedPolicyArn,
  searchManagedPolicies,
  type ManagedPolicyDocument,
  type ManagedPolicyEntry,
  type ManagedPolicyLookup,
} from '../../core';
import { managedChunkOf, MANAGED_CHUNKS, type ManagedChunk, type ManagedIndexRow } from './data';
import { once } from '../once';

export interface ManagedPolicyLoaders {
  asOf: string;
  count: number;
  loadIndex: () => Promise<readonly ManagedIndexRow[]>;
  loadChunk: (chunk: number) => Promise<ManagedChunk>;
  chunkCount?: number;
}

interface Index {
  entries: ManagedPolicyEntry[];
  byName: Map<string, ManagedPolicyEntry>;
}

function toIndex(rows: readonly ManagedIndexRow[]): Index {
  const entries = rows.map(([name, path, version, updated]): ManagedPolicyEntry => {
    const entry: ManagedPolicyEntry = { name, arn: managedPolicyArn(path, name), path, version };
    if (updated) entry.updated = updated;
    return entry;
  });
  return { entries, byName: new Map(entries.map((e) => [e.name, e])) };
}

/** The policy text shown in the editor: AWS's document, pretty-printed as the IAM console does. */
export function managedDocumentText(document: unknown): string {
  return `${JSON.stringify(document, null, 4)}\n`;
}

/** Builds the shared lookup over a pair of loaders (see ManagedPolicyLoaders). */
export function createManagedLookup(loaders: ManagedPolicyLoaders): ManagedPolicyLookup {
  const chunkCount = loaders.chunkCount ?? MANAGED_CHUNKS;
  const index = once(async () => toIndex(await loaders.loadIndex()));
  const chunks = new Map<number, () => Promise<ManagedChunk>>();
  const chunk = (n: number) => {
    let load = chunks.get(n);
    if (!load) chunks.set(n, (load = once(() => loaders.loadChunk(n))));
    return load();
  };
  const resolve = async (
    entry: ManagedPolicyEntry | undefined,
    partition: string,
  ): Promise<ManagedPolicyDocument | undefined> => {
    if (!entry) return undefined;
    const docs = await chunk(managedChunkOf(entry.name, chunkCount));
    const document =
      isRecord(docs) && Object.hasOwn(docs, entry.name) ? docs[entry.name] : undefined;
    if (!isRecord(document)) return undefined;
    return {
      name: entry.name,
      arn: managedPolicyArn(entry.path, entry.name, partition),
      document: managedDocumentText(document),
      version: entry.version,
    };
  };
  return {
    asOf: loaders.asOf,
    count: loaders.count,
    async byArn(arn) {
      const parsed = readManagedPolicyArn(arn);
      if (!parsed) return undefined;
      const entry = (await index()).byName.get(parsed.name);
      return resolve(entry?.path === parsed.path ? entry : undefined, parsed.partition);
    },
    async byName(name) {
      if (!isManagedPolicyName(name)) return undefined;
      return resolve((await index()).byName.get(name), 'aws');
    },
    async search(query, limit) {
      return searchManagedPolicies((await index()).entries, query, limit);
    },
  };
}
