import { en, type MessageKey as BaseKey, type Messages } from './en';
import { ja } from './ja';
import { simEn, type SimMessageKey, type SimMessages } from './simulator.en';
import { simJa } from './simulator.ja';

export type Lang = 'en' | 'ja';
/** Every UI string's key: the app's (en.ts) and the simulator's (simulator.en.ts). */
export type MessageKey = BaseKey | SimMessageKey;

const catalogs: Record<Lang, Messages & SimMessages> = {
  en: { ...en, ...simEn },
  ja: { ...ja, ...simJa },
};

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Looks a key up in one language and fills `{name}` placeholders; the single path every UI string takes. */
export function translate(
  lang: Lang,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const text: string = catalogs[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m,
  );
}

/** Picks the UI language from `?lang=`, else the browser's preference, else English. */
export function pickLang(search: string, preferred: readonly string[]): Lang {
  const q = new URLSearchParams(search).get('lang');
  if (q === 'ja' || q === 'en') return q;
  return preferred.some((l) => l.toLowerCase().startsWith('ja')) ? 'ja' : 'en';
}

/** Formats a duration in seconds the way the graph shows it ("1 h", "90 min"). */
export function formatDuration(t: Translate, seconds: number): string {
  if (seconds % 3600 === 0) return t('duration.hours', { n: seconds / 3600 });
  return t('duration.minutes', { n: Math.round(seconds / 60) });
}
