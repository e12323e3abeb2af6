import { parsePolicy, type ParseResult } from '../core';

const MAX_ENTRIES = 64;
const cache = new Map<string, ParseResult>();

/** Parses policy text once per distinct text: the editor, graph and markers share one parse per keystroke. */
export function parseCached(text: string): ParseResult {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const result = parsePolicy(text);
  cache.set(text, result);
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return result;
}
