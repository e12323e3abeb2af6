import { readScenarioText, shareUrl } from '../core';
import type { Lang } from '../i18n';
import { CliError } from './CliError';
import { scenarioErrorMessage } from './texts';

/** Where `url` points when no `--base` is given: the app as `npm start` serves it. */
export const DEFAULT_BASE = 'http://127.0.0.1:4173/';

/** `rolemap url SCENARIO [--base URL]`: the share link the app's "Copy share link" makes. */
export function urlCommand(text: string, base: string, lang: Lang): string {
  const read = readScenarioText(text);
  if (!read.ok) throw new CliError(scenarioErrorMessage(lang, read.error));
  let protocol: string;
  try {
    protocol = new URL(base).protocol;
  } catch {
    throw new CliError({ key: 'cli.baseNotUrl', params: { base } });
  }
  // A share link is opened by people: only a web address may carry it (not javascript:, data:…).
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new CliError({ key: 'cli.baseNotHttp', params: { base, protocol } });
  return shareUrl(read.scenario, base);
}
