/**
 * Exports without a browser: a scenario as a static SVG picture (the app's layout and cards) or a
 * Markdown summary, in either language and theme. Used by the app's Export menu and `rolemap render`.
 */
import type { Catalog, Scenario } from '../core';
import type { Lang } from '../i18n';
import { asOfText } from './asOf';
import { markdownOf } from './markdown';
import type { Theme } from './palette';
import { prepareRender } from './prepare';
import { svgOf } from './svg';

export { prepareRender, MAX_CARDS, MAX_NODES, type Prepared } from './prepare';
export { svgOf, type SvgOptions } from './svg';
export { markdownOf, MAX_ROWS, type MarkdownOptions } from './markdown';
export { escapeXml } from './xml';
export { asOfText } from './asOf';
export type { Theme } from './palette';

/** What to render and how. */
export interface RenderRequest {
  format: 'svg' | 'md';
  lang: Lang;
  theme: Theme;
}

/** The caption's title: the scenario's own, else its role's name. */
export function captionOf(scenario: Scenario): string {
  return scenario.title?.trim() || scenario.role.name;
}

/**
 * Renders `scenario` as `request.format`, loading what the catalog needs first: the one entry
 * point the CLI and the app share, so both produce the same picture and summary.
 */
export async function renderScenario(
  scenario: Scenario,
  catalog: Catalog,
  request: RenderRequest,
): Promise<string> {
  const prepared = await prepareRender(scenario, catalog);
  const asOf = asOfText(prepared.asOf, request.lang);
  const title = captionOf(scenario);
  return request.format === 'svg'
    ? svgOf(prepared, { lang: request.lang, theme: request.theme, asOf, title })
    : markdownOf(prepared, { lang: request.lang, asOf, title });
}
