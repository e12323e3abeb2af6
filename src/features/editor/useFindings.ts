import { useEffect, useState, useSyncExternalStore } from 'react';
import { appCatalog } from '../../platform/appCatalog';
import { afterEditorShown } from '../../ui/startupMoments';
import type { Finding, LintSummary, DocumentKind } from '../../core';
import { lintKindOf, type DocId, type ScenarioDoc } from '../../core';
import type { Lang } from '../../i18n';
import { loadLintRunner } from './loadLintRunner';

/** The findings of one document, with the exact text they were computed for (offsets refer to it). */
export interface DocFindings {
  text: string;
  kind: DocumentKind;
  findings: readonly Finding[];
  /** Counts per severity, for the tab and the panel header. */
  summary: LintSummary;
  /** Words for the findings (loaded with the linter, in its own chunk). */
  words: LintWords;
}

/** How the UI words a finding and its quick fix. */
export interface LintWords {
  message(lang: Lang, finding: Finding): string;
  fixTitle(lang: Lang, fix: NonNullable<Finding['fix']>): string;
}

export type FindingsByDoc = ReadonlyMap<DocId, DocFindings>;

/** Quiet time after the last keystroke before the policies are checked again. */
export const LINT_DELAY_MS = 150;

const EMPTY: FindingsByDoc = new Map();

const subscribe = (cb: () => void) => appCatalog.subscribe(cb);
const catalogVersion = () => appCatalog.version;

/**
 * Lints every document of the scenario a moment after typing stops, off the main thread, once the
 * catalog services the texts name are loaded (so "did you mean" and condition-key checks run), and
 * again whenever more catalog data arrives. A document's entry may lag its text: compare `text` before using
 * offsets.
 */
export function useFindings(
  docs: readonly ScenarioDoc[],
  delayMs: number = LINT_DELAY_MS,
): FindingsByDoc {
  const version = useSyncExternalStore(subscribe, catalogVersion);
  const [state, setState] = useState<FindingsByDoc>(EMPTY);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      // The lint worker and its catalog start once the editor is on screen (startupMoments.ts).
      void afterEditorShown()
        .then(() => loadLintRunner())
        .then(async (lint) => {
          const results = await Promise.all(
            docs.map(async (doc) => {
              const kind = lintKindOf(doc.kind);
              const managed = doc.managed === true;
              return { doc, kind, findings: await lint.lintAsync(doc.text, kind, managed) };
            }),
          );
          return { lint, results };
        })
        .then(({ lint, results }) => {
          if (cancelled) return;
          setState((prev) => {
            let changed = prev.size !== results.length;
            const next = new Map<DocId, DocFindings>();
            for (const { doc, kind, findings } of results) {
              const old = prev.get(doc.id);
              if (old && old.text === doc.text && old.kind === kind && old.findings === findings) {
                next.set(doc.id, old);
              } else {
                changed = true;
                const summary = lint.lintSummary(findings);
                const words = { message: lint.findingMessage, fixTitle: lint.fixTitle };
                next.set(doc.id, { text: doc.text, kind, findings, summary, words });
              }
            }
            return changed ? next : prev;
          });
        })
        .catch(() => undefined);
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [docs, version, delayMs]);

  return state;
}
