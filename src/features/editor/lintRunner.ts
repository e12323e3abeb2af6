/**
 * The linter as the app runs it, in its own chunk (loaded after the graph has drawn): findings
 * cached per text, kind and catalog version.
 */
import { appCatalog } from '../../platform/appCatalog';
import { PAGE_MAX_DOC_CHARS } from '../../platform/parseCache';
import {
  lintPolicy,
  servicesToLoad as servicesNamed,
  type Finding,
  type DocumentKind,
} from '../../core';

export { applyEdits, lintSummary, stripComments } from '../../core';

/** The services a document names, to load before linting it (none for a text the page does not read). */
export function servicesToLoad(text: string): string[] {
  return text.length > PAGE_MAX_DOC_CHARS ? [] : servicesNamed(text);
}
// The findings' words travel with the linter, so they never weigh on the first graph.
export { findingMessage, fixTitle } from '../../i18n/engine/lint';

const MAX_ENTRIES = 32;
const cache = new Map<string, { version: number; findings: readonly Finding[] }>();

function keyOf(text: string, kind: DocumentKind, managed: boolean): string {
  return `${kind}\u0000${managed ? 'managed' : ''}\u0000${text}`;
}

/** Whether `text` has findings computed against the catalog as it is now (no lint needed). */
export function hasCachedFindings(text: string, kind: DocumentKind, managed = false): boolean {
  return cache.get(keyOf(text, kind, managed))?.version === appCatalog.version;
}

/**
 * Lints a document against the app catalog, once per text, kind and catalog version: switching
 * tabs or editing one policy does not re-lint the others. `managed`: an AWS managed policy (the
 * "AWS managed" badge), linted with AWS's own quotas rather than a customer policy's.
 */
export function lintCached(text: string, kind: DocumentKind, managed = false): readonly Finding[] {
  const key = keyOf(text, kind, managed);
  const hit = cache.get(key);
  const version = appCatalog.version;
  if (hit && hit.version === version) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.findings;
  }
  const findings = lintPolicy(text, kind, {
    catalog: appCatalog,
    managed,
    maxChars: PAGE_MAX_DOC_CHARS,
  });
  cache.delete(key);
  cache.set(key, { version, findings });
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return findings;
}
