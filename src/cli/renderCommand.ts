import { readScenarioText, type Catalog } from '../core';
import { renderScenario, type RenderRequest, type Theme } from '../render';
import { CliError } from './CliError';
import { scenarioErrorMessage } from './texts';

const FORMATS: readonly RenderRequest['format'][] = ['svg', 'md'];
const THEMES: readonly Theme[] = ['light', 'dark'];

/** Reads `--format` (required), so a typo is a usage error (exit 2), not a silent default. */
export function readFormat(value: string | undefined): RenderRequest['format'] {
  if (value === undefined)
    throw new CliError({ key: 'cli.missingFormat', params: { choices: FORMATS.join(', ') } });
  const found = FORMATS.find((f) => f === value);
  if (found === undefined)
    throw new CliError({
      key: 'cli.unknownFormat',
      params: { value, choices: FORMATS.join(', ') },
    });
  return found;
}

/** Reads `--theme` (default light). */
export function readTheme(value: string | undefined): Theme {
  if (value === undefined) return 'light';
  const found = THEMES.find((t) => t === value);
  if (found === undefined)
    throw new CliError({ key: 'cli.unknownTheme', params: { value, choices: THEMES.join(', ') } });
  return found;
}

/**
 * `rolemap render SCENARIO --format svg|md`: the app's picture as a static SVG, or the Markdown
 * summary, from the same builder, effective view and layout, so a docs pipeline can regenerate them.
 */
export async function renderCommand(
  text: string,
  catalog: Catalog,
  request: RenderRequest,
): Promise<string> {
  const read = readScenarioText(text);
  if (!read.ok) throw new CliError(scenarioErrorMessage(request.lang, read.error));
  return renderScenario(read.scenario, catalog, request);
}
