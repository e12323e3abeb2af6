import type { Lang } from '../i18n';

/**
 * The IAM data's date in words for `lang` ("26 Sept 2026" / 「2026年9月26日」), '' when unknown: one
 * format for the top bar, the exported picture's caption and the Markdown summary.
 */
export function asOfText(iso: string, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: lang === 'ja' ? 'long' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
