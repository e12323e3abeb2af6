import { en, type MessageKey as BaseKey } from './en';
import { ja } from './ja';
import { simEn } from './simulator.en';
import { simJa } from './simulator.ja';
import { a11yEn } from './a11y.en';
import { a11yJa } from './a11y.ja';
import { layoutEn } from './layout.en';
import { layoutJa } from './layout.ja';
import { lessonsEn } from './lessons.en';
import { lessonsJa } from './lessons.ja';
import { viewEn } from './view.en';
import { viewJa } from './view.ja';
import { walkthroughEn } from './walkthrough.en';
import { walkthroughJa } from './walkthrough.ja';
import { glossaryEn } from './glossary.en';
import { glossaryJa } from './glossary.ja';
import { cliEn } from './cli.en';
import { cliJa } from './cli.ja';
import { riskEn } from './risk.en';
import { riskJa } from './risk.ja';
import { importEn } from './import.en';
import { importJa } from './import.ja';
import { workspacesEn } from './workspaces.en';
import { workspacesJa } from './workspaces.ja';
import { exportEn } from './export.en';
import { exportJa } from './export.ja';
import { managedEn } from './managed.en';
import { managedJa } from './managed.ja';
import { storageEn } from './storage.en';
import { storageJa } from './storage.ja';
import type { Lang, Placeholders, TemplateParams } from './types';
import { formatCount } from './words';

export { LANGS, type Lang, type Renderers } from './types';

/** Each part of the UI's strings, English and Japanese, with the same keys (i18n.test.ts checks). */
export const PARTS = [
  { name: 'app', en, ja },
  { name: 'simulator', en: simEn, ja: simJa },
  { name: 'view', en: viewEn, ja: viewJa },
  { name: 'a11y', en: a11yEn, ja: a11yJa },
  { name: 'layout', en: layoutEn, ja: layoutJa },
  { name: 'lessons', en: lessonsEn, ja: lessonsJa },
  { name: 'walkthrough', en: walkthroughEn, ja: walkthroughJa },
  { name: 'glossary', en: glossaryEn, ja: glossaryJa },
  { name: 'cli', en: cliEn, ja: cliJa },
  { name: 'risk', en: riskEn, ja: riskJa },
  { name: 'import', en: importEn, ja: importJa },
  { name: 'workspaces', en: workspacesEn, ja: workspacesJa },
  { name: 'export', en: exportEn, ja: exportJa },
  { name: 'managed', en: managedEn, ja: managedJa },
  { name: 'storage', en: storageEn, ja: storageJa },
] as const;

const english = {
  ...en,
  ...simEn,
  ...viewEn,
  ...a11yEn,
  ...layoutEn,
  ...lessonsEn,
  ...walkthroughEn,
  ...glossaryEn,
  ...cliEn,
  ...riskEn,
  ...importEn,
  ...workspacesEn,
  ...exportEn,
  ...managedEn,
  ...storageEn,
} as const;
type English = typeof english;

/** Every UI string's key: the app's (en.ts) and each part's (simulator.en.ts, view.en.ts, …). */
export type MessageKey =
  | BaseKey
  | keyof typeof simEn
  | keyof typeof viewEn
  | keyof typeof a11yEn
  | keyof typeof layoutEn
  | keyof typeof lessonsEn
  | keyof typeof walkthroughEn
  | keyof typeof glossaryEn
  | keyof typeof cliEn
  | keyof typeof riskEn
  | keyof typeof importEn
  | keyof typeof workspacesEn
  | keyof typeof exportEn
  | keyof typeof managedEn
  | keyof typeof storageEn;

/** Keys whose string has no placeholder: safe to pass around and translate without params. */
export type PlainKey = {
  [K in MessageKey]: [Placeholders<English[K]>] extends [never] ? K : never;
}[MessageKey];

/** The params a UI string needs, read from its English template's `{placeholders}`. */
export type MessageParams<K extends MessageKey> = TemplateParams<English[K]>;

const catalogs: Record<Lang, Record<MessageKey, string>> = {
  en: english,
  ja: {
    ...ja,
    ...simJa,
    ...viewJa,
    ...a11yJa,
    ...layoutJa,
    ...lessonsJa,
    ...glossaryJa,
    ...cliJa,
    ...walkthroughJa,
    ...riskJa,
    ...importJa,
    ...workspacesJa,
    ...exportJa,
    ...managedJa,
    ...storageJa,
  },
};

/** A translate function bound to one language; params are checked against the key's template. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: [MessageParams<K>] extends [Record<string, never> | undefined]
    ? [params?: MessageParams<K>]
    : [params: MessageParams<K>]
) => string;

/**
 * Looks a key up in one language and fills `{name}` placeholders; the single path every UI string
 * takes. A number is a quantity and is written with its thousands grouped (10,000 actions); a
 * number that is not one — a line, a column, a position, a number inside a name — is passed as
 * a string and written as given.
 */
export function translate(
  lang: Lang,
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const text: string = catalogs[lang][key] ?? catalogs.en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return m;
    const value = params[name];
    return typeof value === 'number' && Number.isFinite(value)
      ? formatCount(lang, value)
      : String(value);
  });
}

/** The translate function of one language (the UI, the CLI and tests all use this). */
export function translator(lang: Lang): Translate {
  return ((key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    translate(lang, key, params)) as Translate;
}

/** A translate function that reads the language at each call (for long-lived providers such as Monaco's). */
export function liveTranslator(lang: () => Lang): Translate {
  return ((key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    translate(lang(), key, params)) as Translate;
}

/** Picks the UI language from `?lang=`, else the browser's preference, else English. */
export function pickLang(search: string, preferred: readonly string[]): Lang {
  const q = new URLSearchParams(search).get('lang');
  if (q === 'ja' || q === 'en') return q;
  return preferred.some((l) => l.toLowerCase().startsWith('ja')) ? 'ja' : 'en';
}
