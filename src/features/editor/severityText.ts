import type { LintSummary, Severity } from '../../core';
import type { PlainKey, Translate } from '../../i18n';

/**
 * Most to least severe, as Access Analyzer orders them. (A local copy of the linter's list: the
 * entry chunk takes only types from the linter, whose code loads lazily.)
 */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'security', 'warning', 'suggestion'];

const LABEL: Record<Severity, PlainKey> = {
  error: 'problems.severity.error',
  security: 'problems.severity.security',
  warning: 'problems.severity.warning',
  suggestion: 'problems.severity.suggestion',
};

const COUNT: { [S in Severity]: readonly [PlainKey, `problems.count.${S}.other`] } = {
  error: ['problems.count.error.one', 'problems.count.error.other'],
  security: ['problems.count.security.one', 'problems.count.security.other'],
  warning: ['problems.count.warning.one', 'problems.count.warning.other'],
  suggestion: ['problems.count.suggestion.one', 'problems.count.suggestion.other'],
};

/** The severity's name in the UI language ("Error", "警告"), shown beside its icon. */
export function severityLabel(t: Translate, severity: Severity): string {
  return t(LABEL[severity]);
}

/** "2 errors, 1 warning" (or "No problems"): what the icons of a tab or the panel header say. */
export function summaryText(t: Translate, summary: LintSummary): string {
  const parts = SEVERITY_ORDER.filter((s) => summary[s] > 0).map((s) => {
    const [one, other] = COUNT[s];
    return summary[s] === 1 ? t(one) : t(other, { n: summary[s] });
  });
  return parts.length ? parts.join(', ') : t('problems.tabNone');
}
