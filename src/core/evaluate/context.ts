/** The request context as a case-insensitive map of string values (condition keys ignore case). */

import { NO_PARAMS, type Note } from './codes';
import type { PrincipalInfo } from './principalInfo';

export interface ContextEntry {
  /** The key as the request spelled it. */
  key: string;
  values: string[];
  /** The request gave an array (a multivalued key), even if it holds one value. */
  multi: boolean;
  /** Filled in from the principal because the request did not give it. */
  derived?: boolean;
  /** The request gave more than MAX_VALUES values: the ones beyond were never read. */
  cut?: true;
  /** A key past MAX_CONTEXT_KEYS: its values were never read, so a condition on it is unknown. */
  unread?: true;
}

/** Keys are lower-cased: `aws:CurrentTime` and `AWS:currenttime` are the same key. */
export type RequestContext = ReadonlyMap<string, ContextEntry>;

export const MAX_CONTEXT_KEYS = 10_000;
export const MAX_VALUES = 10_000;

/** Renders a scalar the way condition operators compare it; undefined for anything else. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}

/** Builds the lookup map from the request's context object, noting what it had to skip. */
export function buildContext(
  input: unknown,
  principal: PrincipalInfo,
  notes: Note[],
): RequestContext {
  const map = new Map<string, ContextEntry>();
  if (
    input !== undefined &&
    (input === null || typeof input !== 'object' || Array.isArray(input))
  ) {
    notes.push({ code: 'context-not-object', params: NO_PARAMS });
  } else if (input !== undefined) {
    const keys = Object.keys(input);
    if (keys.length > MAX_CONTEXT_KEYS) {
      notes.push({ code: 'context-keys-truncated', params: { limit: MAX_CONTEXT_KEYS } });
    }
    // Keys past the bound are kept by name only, so a condition on one fails closed.
    for (const key of keys.slice(MAX_CONTEXT_KEYS)) {
      map.set(key.toLowerCase(), { key, values: [], multi: false, unread: true });
    }
    for (const key of keys.slice(0, MAX_CONTEXT_KEYS)) {
      const raw: unknown = (input as Record<string, unknown>)[key];
      const entry = toEntry(key, raw);
      if (entry === undefined) {
        notes.push({ code: 'context-value-invalid', params: { key } });
        continue;
      }
      if (Array.isArray(raw) && raw.length > MAX_VALUES) {
        notes.push({ code: 'context-values-truncated', params: { key, limit: MAX_VALUES } });
      }
      map.set(key.toLowerCase(), entry);
    }
  }
  addDerived(map, principal, notes);
  return map;
}

function toEntry(key: string, raw: unknown): ContextEntry | undefined {
  if (Array.isArray(raw)) {
    const values: string[] = [];
    for (const item of raw.slice(0, MAX_VALUES)) {
      const text = scalarText(item);
      if (text === undefined) return undefined;
      values.push(text);
    }
    return raw.length > MAX_VALUES
      ? { key, values, multi: true, cut: true }
      : { key, values, multi: true };
  }
  const text = scalarText(raw);
  return text === undefined ? undefined : { key, values: [text], multi: false };
}

/** Global keys AWS always puts in the request context for this kind of principal. */
function addDerived(map: Map<string, ContextEntry>, principal: PrincipalInfo, notes: Note[]): void {
  const derived: Array<[string, string]> = [];
  if (principal.principalArn !== undefined)
    derived.push(['aws:PrincipalArn', principal.principalArn]);
  if (principal.account !== undefined) derived.push(['aws:PrincipalAccount', principal.account]);
  if (principal.type === 'user' && principal.name !== undefined) {
    derived.push(['aws:username', principal.name]);
  }
  if (principal.type === 'service') derived.push(['aws:PrincipalServiceName', principal.id]);
  const added: string[] = [];
  for (const [key, value] of derived) {
    if (map.has(key.toLowerCase())) continue;
    map.set(key.toLowerCase(), { key, values: [value], multi: false, derived: true });
    added.push(key);
  }
  if (added.length > 0) notes.push({ code: 'context-derived', params: { keys: added } });
}
