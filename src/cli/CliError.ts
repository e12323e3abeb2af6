import { translate, type Lang, type MessageKey } from '../i18n';

/** A CLI message by key, so the one stderr line comes out in the language `--lang` picked. */
export interface CliText {
  key: MessageKey;
  params?: Readonly<Record<string, string | number>>;
}

/**
 * A failure the CLI reports as one line on stderr with exit code 2 (bad usage or bad input):
 * a message already worded (an engine error rendered in the request's language), or a key.
 */
export class CliError extends Error {
  readonly text?: CliText;
  constructor(message: string | CliText) {
    super(typeof message === 'string' ? message : translate('en', message.key, message.params));
    if (typeof message !== 'string') this.text = message;
  }

  /** The message in `lang` (a worded message stays as it was worded). */
  in(lang: Lang): string {
    return this.text ? translate(lang, this.text.key, this.text.params) : this.message;
  }
}
