import {
  LruMap,
  parsePolicy,
  scenarioDocs,
  servicesToLoad,
  withDocText,
  type ParseResult,
  type Scenario,
} from '../core';

const cache = new LruMap<string, ParseResult>(64);

/**
 * The longest document the page reads (parse, lint, graph, evaluation): 512 Ki characters, more
 * than twice the largest AWS managed policy pretty-printed (AWSSupportServiceRolePolicy, ~194 K)
 * and far above AWS's own quotas. A longer paste is kept and autosaved as it is, but not read, so
 * it never blocks the tab; lint says so (`too-large-to-check`). The CLI reads up to its own cap.
 */
export const PAGE_MAX_DOC_CHARS = 512 * 1024;

/** Parses policy text once per distinct text: the editor, graph and markers share one parse per keystroke. */
export function parseCached(text: string): ParseResult {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = parsePolicy(text, { maxChars: PAGE_MAX_DOC_CHARS });
  cache.set(text, result);
  return result;
}

/** The services a document names, to load before checking it (none for a text the page does not read). */
export function pageServicesToLoad(text: string): string[] {
  return text.length > PAGE_MAX_DOC_CHARS ? [] : servicesToLoad(text);
}

/**
 * The scenario as the page's engine may read it: a document over PAGE_MAX_DOC_CHARS becomes an
 * empty one (it grants nothing, and the evaluator never parses megabytes on the main thread).
 * The same scenario object when nothing is over the bound.
 */
export function withinPageBound(scenario: Scenario): Scenario {
  let out = scenario;
  for (const doc of scenarioDocs(scenario)) {
    if (doc.text.length > PAGE_MAX_DOC_CHARS) out = withDocText(out, doc.id, '');
  }
  return out;
}
