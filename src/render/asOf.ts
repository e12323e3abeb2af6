import type { Lang } from '../i18n';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** One formatter per language, made on first use: making one is what costs. */
function formatFor(lang: Lang): Intl.DateTimeFormat {
  let format = formats.get(lang);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
      year: 'numeric',
      month: lang === 'ja' ? 'long' : 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(lang, format);
  }
  return format;
}

/**
 * The IAM data's date in words for `lang` ("26 Sept 2026" / 「2026年9月26日」), '' when unknown: one
 * format for the top bar, the exported picture's caption and the Markdown summary.
 */
export function asOfText(iso: string, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatFor(lang).format(date);
}
