import { LANGS, type Lang } from '../i18n';
import { CliError } from './CliError';

/** Reads `--lang` (default en), so a typo is a usage error (exit 2), not silently English. */
export function readLang(value: string | undefined): Lang {
  if (value === undefined) return 'en';
  const found = LANGS.find((l) => l === value);
  if (found === undefined) {
    throw new CliError({ key: 'cli.unknownLang', params: { value, choices: LANGS.join(', ') } });
  }
  return found;
}
