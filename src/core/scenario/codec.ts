import LZString from 'lz-string';
import { MAX_SCENARIO_CHARS, readScenarioValue, type ReadScenarioResult } from './read';
import { expandDocument, mapDocuments, minifyDocument } from './compact';
import { toScenarioFile } from './file';
import type { Scenario } from './types';

/**
 * Encodes a scenario for the URL fragment exactly as PRODUCT.md specifies (lz-string, URI-safe),
 * with each document that has no comments minified first: the same format, a shorter link.
 */
export function encodeScenario(scenario: Scenario): string {
  const file = toScenarioFile(mapDocuments(scenario, minifyDocument));
  return LZString.compressToEncodedURIComponent(JSON.stringify(file));
}

/** Whether two scenarios would make the same share link: equal content, whitespace aside. */
export function sameSharedContent(a: Scenario, b: Scenario): boolean {
  return (
    JSON.stringify(toScenarioFile(mapDocuments(a, minifyDocument))) ===
    JSON.stringify(toScenarioFile(mapDocuments(b, minifyDocument)))
  );
}

/** Decodes the payload of a `#s=` fragment (old links and compact ones alike) into a validated scenario; never throws. */
export function decodeScenario(payload: string): ReadScenarioResult {
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(payload);
  } catch {
    json = null;
  }
  if (!json) return { ok: false, error: { code: 'link-not-compressed', params: {} } };
  // lz-string packs repetition tightly: a few kilobytes of link can unpack to megabytes.
  if (json.length > MAX_SCENARIO_CHARS)
    return { ok: false, error: { code: 'too-large', params: { limit: MAX_SCENARIO_CHARS } } };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: { code: 'link-not-json', params: {} } };
  }
  const read = readScenarioValue(value);
  // A minified document opens indented; documents with comments come exactly as written.
  return read.ok ? { ok: true, scenario: mapDocuments(read.scenario, expandDocument) } : read;
}

/** Builds the share URL `<base>#s=<payload>`, replacing any fragment the base already has. */
export function shareUrl(scenario: Scenario, base: string): string {
  const hash = base.indexOf('#');
  const clean = hash === -1 ? base : base.slice(0, hash);
  return `${clean}#s=${encodeScenario(scenario)}`;
}

/** Extracts the `s` payload from a URL fragment such as `#s=…`, or undefined when there is none. */
export function scenarioPayloadFromHash(hash: string): string | undefined {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of h.split('&')) {
    if (part.startsWith('s=')) return part.slice(2);
  }
  return undefined;
}
