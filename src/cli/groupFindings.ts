/**
 * `lint`'s output cap: a policy with 100,000 bad actions must not print 100,000 findings. Findings
 * of one code and severity are listed up to GROUP_LIMIT; the rest become one summary finding
 * (code `repeated-findings`) that says how many more there are, and `summary` says so overall.
 */

import { translate, type Lang } from '../i18n';
import type { CliFinding } from './lintCommand';

/** Findings listed per code and severity before the rest are summarised. */
export const GROUP_LIMIT = 10;

/** The summary that stands for the findings of one code that were not listed. */
export interface RepeatedFinding extends CliFinding {
  code: 'repeated-findings';
  /** The code of the findings it stands for. */
  repeats: string;
  /** How many findings of that code were not listed. */
  count: number;
}

/** What `lint` prints: PRODUCT.md's `findings`, plus `summary` when some were summarised. */
export interface LintOutput {
  findings: Array<CliFinding | RepeatedFinding>;
  summary?: { total: number; listed: number; limit: number };
}

/**
 * Lists at most `limit` findings of each code and severity, in their order, and puts one summary
 * finding per shortened group after them (at the first finding it did not list); `all` lists every one.
 */
export function groupFindings(
  findings: readonly CliFinding[],
  lang: Lang,
  all = false,
  limit = GROUP_LIMIT,
): LintOutput {
  if (all) return { findings: [...findings] };
  const seen = new Map<string, { first: CliFinding; hidden: number }>();
  const listed: Array<CliFinding | RepeatedFinding> = [];
  const counts = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.code}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n <= limit) {
      listed.push(f);
      continue;
    }
    const group = seen.get(key);
    if (group) group.hidden += 1;
    else seen.set(key, { first: f, hidden: 1 });
  }
  if (seen.size === 0) return { findings: listed };
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  for (const { first, hidden } of seen.values()) {
    listed.push({
      severity: first.severity,
      code: 'repeated-findings',
      message: translate(lang, 'cli.lint.repeated', {
        count: hidden.toLocaleString(locale),
        code: first.code,
        limit,
      }),
      path: first.path,
      line: first.line,
      column: first.column,
      repeats: first.code,
      count: hidden,
    });
  }
  const hiddenTotal = [...seen.values()].reduce((sum, g) => sum + g.hidden, 0);
  return {
    findings: listed,
    summary: { total: findings.length, listed: findings.length - hiddenTotal, limit },
  };
}
