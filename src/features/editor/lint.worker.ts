/**
 * The linter off the main thread: its own catalog (the same bundled IAM data chunks as the page's,
 * fetched from our own origin), loading the services each text names before linting it, so a
 * 194 KB policy's 15–50 ms of checks never block typing. Replies are plain data (findings).
 */
import { Catalog, lintPolicy, type DocumentKind, type Finding } from '../../core';
import { PAGE_MAX_DOC_CHARS, pageServicesToLoad } from '../../platform/parseCache';
import { createViteSource } from '../../platform/viteCatalogSource';

export interface LintRequest {
  id: number;
  text: string;
  kind: DocumentKind;
  managed: boolean;
}

export type LintReply = { id: number; findings: Finding[] } | { id: number; error: string };

const catalog = new Catalog(createViteSource());

self.addEventListener('message', (e: MessageEvent<LintRequest>) => {
  const { id, text, kind, managed } = e.data;
  catalog
    .load(pageServicesToLoad(text))
    .catch(() => undefined) // lint what is known: a service that failed to load is "not loaded"
    .then(() => {
      const findings = lintPolicy(text, kind, { catalog, managed, maxChars: PAGE_MAX_DOC_CHARS });
      self.postMessage({ id, findings: [...findings] } satisfies LintReply);
    })
    .catch((err: unknown) => {
      self.postMessage({ id, error: String(err) } satisfies LintReply);
    });
});
