import { decodeScenario, sameContent, scenarioPayloadFromHash, type Scenario } from '../core';
import { pickLang, type Lang } from '../i18n';
import { scenarioErrorText } from '../i18n/engine/scenario';
import { useStore, type GraphView, type Theme } from '../store';
import { openLesson } from './lessonWorkspace';
import { introSeen, loadWorkspace } from './persistence';
import { isSeed, seedIn } from './seedIn';

/** How the page was opened: full app, or the chrome-less read-only view for iframes. */
export interface StartupInfo {
  embed: boolean;
  /** An embed whose link holds no readable scenario: it shows a message, never anyone's workspace. */
  embedEmpty?: EmbedEmpty;
  /** A shared scenario that differs from the visitor's own saved work: ask before replacing. */
  incoming?: Scenario;
  /** A share link that could not be decoded. */
  linkError?: string;
  /** A `?lesson=` id that names no lesson (the user's own workspace is shown). */
  unknownLesson?: string;
  /** Nothing saved yet and the intro never dismissed: say what the picture is, offer lesson 1. */
  firstVisit?: boolean;
}

/** Why an embed has nothing to draw: no `#s=` in its link, or one that could not be read. */
export interface EmbedEmpty {
  error?: string;
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
  if (!own || sameContent(own, shared.scenario) || isSeed(own)) return { replace: shared.scenario };
  return { ask: shared.scenario };
}

/** Puts an embed's link into the store: its scenario, or why there is none to show. */
export function applyEmbedLink(hash: string, lang: Lang): EmbedEmpty | undefined {
  const link = readSharedLink(hash, undefined, lang);
  if (link.replace) {
    useStore.getState().replaceScenario(link.replace);
    return undefined;
  }
  return link.error !== undefined ? { error: link.error } : {};
}

function readTheme(value: string | null): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

function readView(value: string | null): GraphView {
  return value === 'chain' || value === 'permissions' ? value : 'all';
}

/**
 * Restores the autosaved workspace and applies `#s=`, `?embed=1`, `?lang=`, `?theme=`,
 * `?view=`, `?risks=1` and `?lesson=` (a lesson opens in its own workspace) without ever losing saved work. An embed sits in someone else's page: it neither
 * reads nor writes the visitor's workspace, and shows only the scenario its link holds.
 */
export function bootstrap(loc: Location, languages: readonly string[]): StartupInfo {
  const params = new URLSearchParams(loc.search);
  const embed = params.get('embed') === '1';
  const saved = embed ? undefined : loadWorkspace();
  const explicitLang = params.get('lang');
  const lang: Lang =
    explicitLang === 'ja' || explicitLang === 'en'
      ? explicitLang
      : (saved?.lang ?? pickLang(loc.search, languages));
  const prefersDark =
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches;
  const theme: Theme =
    readTheme(params.get('theme')) ?? saved?.theme ?? (prefersDark ? 'dark' : 'light');

  const store = useStore.getState();
  store.setLang(lang);
  store.setTheme(theme);
  store.setView(readView(params.get('view')));
  if (params.get('present') === '1') store.setPresenter(true);
  // `?risks=1` opens with the risk lens on (in an embed too: a docs page can show the risks).
  if (params.get('risks') === '1') store.setRisks(true);
  if (embed) {
    const empty = applyEmbedLink(loc.hash, lang);
    return empty ? { embed, embedEmpty: empty } : { embed };
  }
  if (saved) {
    store.replaceScenario(saved.scenario);
    if (saved.activeDoc) store.setActiveDoc(saved.activeDoc);
    if (saved.editorFraction !== undefined) store.setEditorFraction(saved.editorFraction);
    if (saved.expanded) useStore.setState({ expanded: saved.expanded });
    if (saved.disabledLayers) useStore.setState({ disabledLayers: saved.disabledLayers });
  } else store.replaceScenario(seedIn(lang));

  const info: StartupInfo = { embed };
  const link = readSharedLink(loc.hash, saved?.scenario, lang);
  if (link.error) info.linkError = link.error;
  if (link.replace) store.replaceScenario(link.replace);
  if (link.ask) info.incoming = link.ask;
  const lesson = params.get('lesson');
  if (lesson !== null && !openLesson(lesson)) info.unknownLesson = lesson;
  if (!saved && !introSeen() && useStore.getState().lesson === undefined) info.firstVisit = true;
  return info;
}
