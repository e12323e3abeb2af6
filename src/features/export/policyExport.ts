/** The active document as AWS takes it: comments and trailing commas gone, with its lint findings. */
import { lintKindOf, type ScenarioDoc } from '../../core';
import type { Lang } from '../../i18n';
import { appCatalog } from '../../platform/appCatalog';
import { loadLintRunner } from '../editor/loadLintRunner';
import { SEVERITY_ORDER } from '../editor/severityText';

/** One finding as the export panel lists it. */
export interface ShownFinding {
  severity: (typeof SEVERITY_ORDER)[number];
  message: string;
  line: number;
  column: number;
}

/** What the panel offers for a document. */
export interface PolicyExport {
  json: string;
  /** Findings of the text as written, most severe first. */
  findings: ShownFinding[];
}

/**
 * Strips `doc` and lints the result with the app's own linter (its own chunk, loaded on demand), after the
 * catalog services it names are loaded so "did you mean" and condition checks run.
 */
export async function policyExport(doc: ScenarioDoc, lang: Lang): Promise<PolicyExport> {
  const runner = await loadLintRunner();
  await appCatalog.load(runner.servicesToLoad(doc.text));
  // The findings of what AWS will be given (the stripped JSON), not of the text as written: its
  // comments are gone, so "AWS rejects comments" no longer applies, and lines match the download.
  const json = runner.stripComments(doc.text);
  const findings = runner
    .lintCached(json, lintKindOf(doc.kind), doc.managed === true)
    .map((f) => ({
      severity: f.severity,
      message: runner.findingMessage(lang, f),
      line: f.range.start.line,
      column: f.range.start.column,
    }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  return { json, findings };
}
