import type { Lang } from '../i18n';

/** A data date (`2026-08-26` or a full ISO time) in the UI language, short enough for a bar or a list. */
export function formatDay(lang: Lang, iso: string): string {
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
