/** Where the CLI's words come from: src/i18n's renderers, one per command, in the `--lang` language. */
import type { EvaluationResult, Finding, RequestError, ScenarioError } from '../core';
import type { Graph } from '../graph';
import type { Lang } from '../i18n';
import { noteText, reasonText, requestErrorText, stepText } from '../i18n/engine/evaluate';
import { findingMessage as renderFinding } from '../i18n/engine/lint';
import { renderGraph } from '../i18n/engine/graph';
import { scenarioErrorText } from '../i18n/engine/scenario';
import { capPolicyTraces } from './capTrace';

/** `lint`: a finding's message in `lang`, so the CLI and the editor say the same thing. */
export function findingMessage(lang: Lang, finding: Finding): string {
  return renderFinding(lang, finding);
}

/**
 * `simulate`: the result as printed. Reasons, notes and step details are worded in `lang`;
 * their codes stay beside them (`reasonCodes`, `noteCodes`, each step's `code`) for tools.
 * Condition traces print at most TRACE_VALUES values per list (capTrace.ts).
 */
export function simulateOutput(lang: Lang, result: EvaluationResult): unknown {
  const { explain } = result;
  return {
    decision: result.decision,
    explain: {
      ...explain,
      policies: capPolicyTraces(explain.policies),
      reasons: explain.reasons.map((r) => reasonText(lang, r)),
      reasonCodes: explain.reasons,
      notes: explain.notes.map((n) => noteText(lang, n)),
      noteCodes: explain.notes,
      steps: explain.steps.map((s) => ({ ...s, detail: stepText(lang, s), code: s.detail })),
    },
  };
}

/** `simulate`: why a request could not be read, as the one stderr line. */
export function requestErrorMessage(lang: Lang, error: RequestError): string {
  return requestErrorText(lang, error);
}

/** `graph`: the graph as printed, its labels in `lang`. */
export function graphOutput(lang: Lang, graph: Graph): unknown {
  return renderGraph(graph, lang);
}

/** `graph`, `url`: why a scenario file could not be read, as the one stderr line. */
export function scenarioErrorMessage(lang: Lang, error: ScenarioError): string {
  return scenarioErrorText(lang, error);
}
