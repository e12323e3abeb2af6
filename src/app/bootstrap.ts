import {
  decodeScenario,
  sameContent,
  scenarioPayloadFromHash,
  seedScenario,
  type Scenario,
} from '../core';
import { pickLang, type Lang } from '../i18n';
import { scenarioErrorText } from '../i18n/engine/scenario';
import { useStore, type Theme } from '../store';
import { loadWorkspace } from './persistence';

/** How the page was opened: full app, or the chrome-less read-only view for iframes. */
export interface StartupInfo {
  embed: boolean;
  /** A shared scenario that differs from the visitor's own saved work: ask before replacing. */
  incoming?: Scenario;
  /** A share link that could not be decoded. */
  linkError?: string;
}

/** What to do with a `#s=` link given the visitor's current scenario: replace silently, ask, or report damage. */
export function readSharedLink(
  hash: string,
  own: Scenario | undefined,
  lang: Lang = 'en',
): { replace?: Scenario; ask?: Scenario; error?: string } {
  const payload = scenarioPayloadFromHash(hash);
  if (payload === undefined) return {};
  const shared = decodeScenario(payload);
  if (!shared.ok) return { error: scenarioErrorText(lang, shared.error) };
  if (!own || sameContent(own, shared.scenario) || sameContent(own, seedScenario()))
    return { replace: shared.scenario };
  return { ask: shared.scenario };
}

/** Restores the autosaved workspace and applies `#s=`, `?embed=1` and `?lang=` without ever losing saved work. */
export function bootstrap(loc: Location, languages: readonly string[]): StartupInfo {
  const params = new URLSearchParams(loc.search);
  const embed = params.get('embed') === '1';
  const saved = loadWorkspace();
  const explicitLang = params.get('lang');
  const lang: Lang =
    explicitLang === 'ja' || explicitLang === 'en'
      ? explicitLang
      : (saved?.lang ?? pickLang(loc.search, languages));
  const prefersDark =
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches;
  const theme: Theme = saved?.theme ?? (prefersDark ? 'dark' : 'light');

  const store = useStore.getState();
  store.setLang(lang);
  store.setTheme(theme);
  if (saved) {
    store.replaceScenario(saved.scenario);
    if (saved.activeDoc) store.setActiveDoc(saved.activeDoc);
    if (saved.editorFraction !== undefined) store.setEditorFraction(saved.editorFraction);
    if (saved.expanded) useStore.setState({ expanded: saved.expanded });
    if (saved.disabledLayers) useStore.setState({ disabledLayers: saved.disabledLayers });
  }

  const info: StartupInfo = { embed };
  // Embeds never touch the visitor's workspace: they show the link's scenario and save nothing.
  const link = readSharedLink(loc.hash, embed ? undefined : saved?.scenario, lang);
  if (link.error) info.linkError = link.error;
  if (link.replace) store.replaceScenario(link.replace);
  if (link.ask) info.incoming = link.ask;
  return info;
}
