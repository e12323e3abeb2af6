import { DOCUMENT_KINDS, parsePolicy } from '../policy';
import { ALL_CHECKS } from './checks';
import { createContext } from './context';
import type { Finding, LintOptions, DocumentKind } from './types';

/** Every policy kind the linter knows; anything else is linted as an identity policy. */
export const LINT_POLICY_KINDS: readonly DocumentKind[] = DOCUMENT_KINDS;

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset;
}

/**
 * Lints one policy document of the given kind: syntax, grammar, catalog, quota and security
 * checks, sorted by position. Synchronous and never throws, so it can run on every keystroke;
 * catalog checks cover only the services the catalog has already loaded.
 */
export function lintPolicy(text: string, kind: DocumentKind, options: LintOptions = {}): Finding[] {
  const source = typeof text === 'string' ? text : '';
  const policyKind: DocumentKind = LINT_POLICY_KINDS.includes(kind) ? kind : 'identity';
  const findings: Finding[] = [];
  let parse;
  try {
    parse = parsePolicy(source, { maxChars: options.maxChars });
  } catch {
    return findings;
  }
  const ctx = createContext(
    source,
    policyKind,
    parse,
    options.catalog,
    findings,
    options.managed === true,
  );
  for (const check of ALL_CHECKS) {
    try {
      check.run(ctx);
    } catch {
      // One broken check must not hide the others' findings.
    }
  }
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => byPosition(x.f, y.f) || x.i - y.i)
    .map(({ f }) => f);
}
