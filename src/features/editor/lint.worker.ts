/**
 * The linter off the main thread: its own catalog, whose data the page hands over (each service
 * is loaded once, by the page: src/platform/messageCatalogSource.ts), loading the services each
 * text names before linting it, so a 194 KB policy's 15–50 ms of checks never block typing.
 * Replies are plain data (findings).
 */
import { Catalog, lintPolicy, type DocumentKind, type Finding } from '../../core';
import { PAGE_MAX_DOC_CHARS, pageServicesToLoad } from '../../platform/parseCache';
import {
  isCatalogAnswer,
  messageCatalogSource,
  type CatalogAnswer,
  type CatalogAsk,
} from '../../platform/messageCatalogSource';

export interface LintRequest {
  id: number;
  text: string;
  kind: DocumentKind;
  managed: boolean;
}

export type LintReply = { id: number; findings: Finding[] } | { id: number; error: string };

const asked = messageCatalogSource((ask: CatalogAsk) => self.postMessage(ask));
const catalog = new Catalog(asked.source);

self.addEventListener('message', (e: MessageEvent<LintRequest | CatalogAnswer>) => {
  if (isCatalogAnswer(e.data)) {
    asked.receive(e.data);
    return;
  }
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
