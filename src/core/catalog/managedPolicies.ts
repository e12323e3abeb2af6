/**
 * AWS managed policies: the one interface the app (bundled chunks) and the CLI (the data package
 * on disk) share, and the pure helpers both implementations use. The data itself is handed in by
 * src/platform/managedPolicies; nothing here loads anything.
 *
 * STABLE for other features (import of `list-attached-role-policies`, authorization details,
 * CloudFormation `ManagedPolicyArns`): `byArn` resolves an AWS managed policy ARN of any
 * partition (`arn:aws:iam::aws:policy/ReadOnlyAccess`, `…policy/service-role/…`) to its latest
 * version's document as text; it resolves to `undefined` for anything else, never throws on odd
 * input, and rejects only when the data itself cannot be loaded.
 */
import { splitArn } from '../aws/arn';

/** One AWS managed policy as the picker lists it (no document: that is loaded on demand). */
export interface ManagedPolicyEntry {
  name: string;
  /** In the `aws` partition: `arn:aws:iam::aws:policy<path><name>`. */
  arn: string;
  /** The IAM path, `/` or e.g. `/service-role/`. */
  path: string;
  /** The default (latest) version id, `v3`. */
  version: string;
  /** When AWS last changed it, `YYYY-MM-DD` (absent when the data does not say). */
  updated?: string;
  /** AWS's description, when the data has one. */
  description?: string;
}

/** A resolved policy: its latest version's document as (pretty-printed JSON) text. */
export interface ManagedPolicyDocument {
  name: string;
  arn: string;
  document: string;
  version?: string;
}

/** What a search finds: the best matches first, at most the limit asked for, and how many in all. */
export interface ManagedPolicySearch {
  entries: ManagedPolicyEntry[];
  total: number;
}

/** The AWS managed policy catalog, the same for the app and the CLI. */
export interface ManagedPolicyLookup {
  /** The newest change in the data (`YYYY-MM-DD`): what the catalog is "as of". */
  readonly asOf: string;
  /** How many policies the catalog holds. */
  readonly count: number;
  /** The latest document of the AWS managed policy with this ARN (any partition), if there is one. */
  byArn(arn: unknown): Promise<ManagedPolicyDocument | undefined>;
  /** The same by the policy's name (`AmazonS3ReadOnlyAccess`), for names without a path. */
  byName(name: unknown): Promise<ManagedPolicyDocument | undefined>;
  /** Case-insensitive substring search on the name; the empty query lists every policy. */
  search(query: unknown, limit?: number): Promise<ManagedPolicySearch>;
}

/** ARNs and names longer than this are not AWS managed policies (IAM caps names at 128, paths at 512). */
const MAX_ARN = 700;
/** Searches read at most this much of the query. */
export const MAX_MANAGED_QUERY = 128;
const NAME = /^[\w+=,.@-]{1,128}$/;
const PATH = /^\/(?:[\x21-\x7e]*\/)?$/;

/** The ARN of an AWS managed policy in a partition, so both implementations build it one way. */
export function managedPolicyArn(path: string, name: string, partition = 'aws'): string {
  return `arn:${partition}:iam::aws:policy${path}${name}`;
}

/** A valid IAM policy name (letters, digits and `+=,.@_-`, at most 128), for untrusted input. */
export function isManagedPolicyName(value: unknown): value is string {
  return typeof value === 'string' && NAME.test(value);
}

/**
 * Reads an AWS managed policy ARN into its path and name; undefined for a customer managed
 * policy (a 12-digit account), another service's ARN or anything malformed.
 */
export function readManagedPolicyArn(
  arn: unknown,
): { partition: string; path: string; name: string } | undefined {
  if (typeof arn !== 'string' || arn.length > MAX_ARN) return undefined;
  const parts = splitArn(arn.trim());
  if (!parts || parts.service !== 'iam' || parts.region !== '' || parts.account !== 'aws')
    return undefined;
  if (!parts.resource.startsWith('policy/')) return undefined;
  const rest = parts.resource.slice('policy'.length);
  const cut = rest.lastIndexOf('/');
  const path = rest.slice(0, cut + 1);
  const name = rest.slice(cut + 1);
  if (!PATH.test(path) || !isManagedPolicyName(name)) return undefined;
  return { partition: parts.partition, path, name };
}

/**
 * Ranks entries for a query: exact name first, then names that start with it, then names that
 * contain it, each alphabetically; so typing a full name always puts that policy on top.
 */
export function searchManagedPolicies(
  entries: readonly ManagedPolicyEntry[],
  query: unknown,
  limit = 50,
): ManagedPolicySearch {
  const max = Number.isFinite(limit)
    ? Math.max(0, Math.min(Math.floor(limit), entries.length))
    : 50;
  const q = typeof query === 'string' ? normalQuery(query) : '';
  const ranked: { entry: ManagedPolicyEntry; rank: number }[] = [];
  for (const entry of entries) {
    const name = entry.name.toLowerCase();
    const at = q ? name.indexOf(q) : 0;
    if (at < 0) continue;
    ranked.push({ entry, rank: !q ? 2 : name === q ? 0 : at === 0 ? 1 : 2 });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank || (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0),
  );
  return { entries: ranked.slice(0, max).map((r) => r.entry), total: ranked.length };
}

/** A search query as the index compares it: bounded, trimmed, lower case. */
function normalQuery(query: string): string {
  return query.slice(0, MAX_MANAGED_QUERY).trim().toLowerCase();
}
