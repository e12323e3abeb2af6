import { sameContent, seedScenario, type Scenario } from '../core';
import { LANGS, translate, type Lang } from '../i18n';

/** The example scenario a first visit (or a reset) opens, titled in the UI language. */
export function seedIn(lang: Lang): Scenario {
  return { ...seedScenario(), title: translate(lang, 'app.seedTitle') };
}

/** Whether a scenario is the untouched example, in whichever language it was opened. */
export function isSeed(scenario: Scenario): boolean {
  return LANGS.some((lang) => sameContent(scenario, seedIn(lang)));
}

/** The example retitled for another language, if `scenario` is the untouched example; else undefined. */
export function seedRetitled(scenario: Scenario, lang: Lang): string | undefined {
  const title = translate(lang, 'app.seedTitle');
  return scenario.title !== title && isSeed(scenario) ? title : undefined;
}
