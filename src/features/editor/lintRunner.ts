/**
 * The linter as the app runs it, in its own chunk (loaded after the graph has drawn): in a Web
 * Worker (lint.worker.ts) so that checking a large policy never blocks typing, with the checks
 * run here instead when no worker can be started (findings are the same either way). Findings are
 * cached per text and kind (and, when linted here, catalog version).
 */
import { appCatalog, appCatalogSource } from '../../platform/appCatalog';
import {
  answerCatalogAsk,
  isCatalogAsk,
  type CatalogAsk,
} from '../../platform/messageCatalogSource';
import { PAGE_MAX_DOC_CHARS, pageServicesToLoad } from '../../platform/parseCache';
import type { LintReply, LintRequest } from './lint.worker';
import { LruMap, lintPolicy, type Finding, type DocumentKind } from '../../core';

export { applyEdits, lintSummary, stripComments } from '../../core';
export { pageServicesToLoad as servicesToLoad } from '../../platform/parseCache';
// The findings' words travel with the linter, so they never weigh on the first graph.
export { findingMessage, fixTitle } from '../../i18n/engine/lint';

const MAX_ENTRIES = 32;
const cache = new LruMap<string, { version: number; findings: readonly Finding[] }>(MAX_ENTRIES);

function keyOf(text: string, kind: DocumentKind, managed: boolean): string {
  return `${kind}\u0000${managed ? 'managed' : ''}\u0000${text}`;
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
  if (hit && hit.version === version) return hit.findings;
  const findings = lintPolicy(text, kind, {
    catalog: appCatalog,
    managed,
    maxChars: PAGE_MAX_DOC_CHARS,
  });
  cache.set(key, { version, findings });
  return findings;
}

/** Lints in the worker, one request at a time per text; undefined once no worker can run. */
class LintWorkerClient {
  private worker: Worker | undefined;
  private broken = typeof Worker === 'undefined';
  private nextId = 0;
  private readonly pending = new Map<number, (reply: LintReply | undefined) => void>();

  lint(text: string, kind: DocumentKind, managed: boolean): Promise<LintReply | undefined> {
    const worker = this.start();
    if (worker === undefined) return Promise.resolve(undefined);
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, text, kind, managed } satisfies LintRequest);
    });
  }

  private start(): Worker | undefined {
    if (this.broken) return undefined;
    try {
      if (this.worker === undefined) {
        const worker = new Worker(new URL('./lint.worker.ts', import.meta.url), {
          type: 'module',
        });
        worker.addEventListener('message', (e: MessageEvent<LintReply | CatalogAsk>) => {
          // The worker's catalog asks for IAM data: the page's own source answers.
          if (isCatalogAsk(e.data)) {
            void answerCatalogAsk(appCatalogSource, e.data).then((answer) =>
              worker.postMessage(answer),
            );
            return;
          }
          const resolve = this.pending.get(e.data.id);
          this.pending.delete(e.data.id);
          resolve?.(e.data);
        });
        // A worker that cannot start or dies: every waiting request is linted here instead.
        worker.addEventListener('error', () => this.fail());
        this.worker = worker;
      }
      return this.worker;
    } catch {
      this.fail();
      return undefined;
    }
  }

  private fail(): void {
    this.broken = true;
    this.worker?.terminate();
    this.worker = undefined;
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }
}

const client = new LintWorkerClient();
const fromWorker = new LruMap<string, readonly Finding[]>(MAX_ENTRIES);
const inFlight = new Map<string, Promise<readonly Finding[]>>();

/**
 * A document's findings, linted off the main thread: the same array for the same text and kind,
 * so callers can tell "nothing changed" by identity. Falls back to linting here (after loading
 * the services the text names) when the worker cannot run or fails on the text.
 */
export function lintAsync(
  text: string,
  kind: DocumentKind,
  managed = false,
): Promise<readonly Finding[]> {
  const key = keyOf(text, kind, managed);
  const done = fromWorker.get(key);
  if (done !== undefined) return Promise.resolve(done);
  const running = inFlight.get(key);
  if (running !== undefined) return running;
  const work = client.lint(text, kind, managed).then(async (reply) => {
    inFlight.delete(key);
    if (reply !== undefined && 'findings' in reply) {
      fromWorker.set(key, reply.findings);
      return reply.findings;
    }
    await appCatalog.load(pageServicesToLoad(text)).catch(() => undefined);
    return lintCached(text, kind, managed);
  });
  inFlight.set(key, work);
  return work;
}
