/** Small wording helpers each language file shares: lists, quotes, counts. */
import type { Lang } from './types';

/** "a, b and c" / 「a、b、c」, with "and N more" / 「ほか N 件」 past `max` items. */
export function listOf(lang: Lang, items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (lang === 'ja') {
    const text = shown.join('、');
    return more > 0 ? `${text} ほか ${more} 件` : text;
  }
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** "a or b" / 「a または b」. */
export function orList(lang: Lang, items: readonly string[], max = 5): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (lang === 'ja') {
    const text = shown.join('、');
    return more > 0
      ? `${text} ほか ${more} 件のいずれか`
      : shown.length > 1
        ? `${text} のいずれか`
        : text;
  }
  if (more > 0) return `one of ${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** An identifier or a value from the policy, quoted the way each language sets them off. */
export function quote(lang: Lang, text: string): string {
  return lang === 'ja' ? `「${text}」` : `"${text}"`;
}

/** "1 statement" / "3 statements" (English only needs the plural; Japanese counts with a counter word). */
export function plural(n: number, one: string, other: string): string {
  return `${n} ${n === 1 ? one : other}`;
}

const grouped: Partial<Record<Lang, Intl.NumberFormat>> = {};

/**
 * A quantity as people write it, thousands grouped: 10,000 actions, 10,000 個. Below 1,000 there
 * is nothing to group and the digits are written as they are, without Intl: the page's first use
 * of Intl loads its locale data (≈ 12 ms on our machines), which the first picture, whose counts
 * are small, then never waits for.
 */
export function formatCount(lang: Lang, value: number): string {
  if (Number.isSafeInteger(value) && value >= 0 && value < 1000) return String(value);
  const format = (grouped[lang] ??= new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
    maximumFractionDigits: 20,
  }));
  return format.format(value);
}
