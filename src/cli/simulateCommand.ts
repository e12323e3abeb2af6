import { simulate } from '../core';
import type { Lang } from '../i18n';
import { CliError } from './CliError';
import { requestErrorMessage, simulateOutput } from './texts';

/** `rolemap simulate FILE`: reads a simulation request and prints `{decision, explain}` as the app decides it. */
export function simulateCommand(text: string, lang: Lang): unknown {
  const outcome = simulate(text);
  if (!outcome.ok) throw new CliError(requestErrorMessage(lang, outcome.error));
  return simulateOutput(lang, outcome.result);
}
