import type { Catalog } from '../core';
import type { SourceComment } from '../core';
import type { Lang, Translate } from '../i18n';

/** What the hover, completion and code-action providers need from the app, passed in once. */
export interface PolicyFeatureDeps {
  catalog: Catalog;
  /** Translates in the UI language of the moment (providers live longer than a language choice). */
  t: Translate;
  /** The UI language of the moment, for the engine's coded texts (lint messages, fix titles). */
  lang(): Lang;
  /** The comments of a text (from the shared parse cache), so `#` comments do not confuse context. */
  comments(text: string): readonly SourceComment[];
  /** The catalog services a policy text names (the linter's list, loaded lazily). */
  servicesToLoad(text: string): Promise<string[]>;
  /** "Copy as AWS-ready JSON" for a policy text. */
  copyAwsJson(text: string): void;
}
