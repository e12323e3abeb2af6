import {
  decodeScenario,
  scenarioPayloadFromHash,
  seedScenario,
  type Scenario,
} from '../core/scenario';
import { pickLang, type Lang } from '../i18n';
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

function sameScenario(a: Scenario, b: Scenario): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Restores the autosaved workspace and applies `#s=`, `?embed=1` and `?lang=` without ever losing saved work. */
export function bootstrap(loc: Location, languages: readonly string[]): StartupInfo {
  const params = new URLSearchParams(loc.search);
  const embed = params.get('embed') === '1';
  const saved = loadWorkspace();
  const payload = scenarioPayloadFromHash(loc.hash);
  const shared = payload !== undefined ? decodeScenario(payload) : undefined;
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
  }

  const info: StartupInfo = { embed };
  if (shared && !shared.ok) info.linkError = shared.message;
  if (shared?.ok) {
    const own = saved?.scenario;
    // Embeds never touch the visitor's workspace: they show the link's scenario and save nothing.
    if (embed || !own || sameScenario(own, shared.scenario) || sameScenario(own, seedScenario())) {
      store.replaceScenario(shared.scenario);
    } else {
      info.incoming = shared.scenario;
    }
  }
  return info;
}
