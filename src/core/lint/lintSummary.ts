import type { Finding, Severity } from './types';

export type LintSummary = Record<Severity, number> & { total: number };

/** Counts findings per severity, for the badge on each policy tab. */
export function lintSummary(findings: readonly Finding[]): LintSummary {
  const out: LintSummary = { error: 0, security: 0, warning: 0, suggestion: 0, total: 0 };
  for (const f of findings) {
    if (Object.hasOwn(out, f.severity)) out[f.severity] += 1;
    out.total += 1;
  }
  return out;
}
