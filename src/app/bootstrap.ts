import { decodeScenario, scenarioPayloadFromHash, type Scenario } from '../core';
import { pickLang, type Lang } from '../i18n';
import { scenarioErrorText } from '../i18n/engine/scenario';
import { useStore, type GraphView, type Theme } from '../store';
import { offerIncoming } from './incoming';
import { openLesson } from './lessonWorkspace';
import { introSeen } from './persistence';
import { seedIn } from './seedIn';
import { loadIndex } from './workspaceIndex';
import { storedSnapshot } from './workspaces';

/** How the page was opened: full app, or the chrome-less read-only view for iframes. */
export interface StartupInfo {
  embed: boolean;
  /** An embed whose link holds no readable scenario: it shows a message, never anyone's workspace. */
  embedEmpty?: EmbedEmpty;
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

/** The scenario a `#s=` link carries, or why it could not be read (nothing when there is no link). */
export function readSharedLink(
  hash: string,
  lang: Lang = 'en',
): { scenario?: Scenario; error?: string } {
  const payload = scenarioPayloadFromHash(hash);
  if (payload === undefined) return {};
  const shared = decodeScenario(payload);
  if (!shared.ok) return { error: scenarioErrorText(lang, shared.error) };
  return { scenario: shared.scenario };
}

/** Takes in a share link opened in the full app: a new workspace unless the user chooses otherwise. */
export function applySharedLink(hash: string, lang: Lang): string | undefined {
  const link = readSharedLink(hash, lang);
  if (link.scenario) offerIncoming(link.scenario, 'link');
  return link.error;
}

/** Puts an embed's link into the store: its scenario, or why there is none to show. */
export function applyEmbedLink(hash: string, lang: Lang): EmbedEmpty | undefined {
  const link = readSharedLink(hash, lang);
  if (link.scenario) {
    useStore.getState().replaceScenario(link.scenario);
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
 * Restores the list of workspaces and the current one, and applies `#s=`, `?embed=1`, `?lang=`, `?theme=`,
 * `?view=`, `?risks=1` and `?lesson=` (a lesson opens in its own workspace) without ever losing saved work. An embed sits in someone else's page: it neither
 * reads nor writes the visitor's workspace, and shows only the scenario its link holds.
 */
export function bootstrap(loc: Location, languages: readonly string[]): StartupInfo {
  const params = new URLSearchParams(loc.search);
  const embed = params.get('embed') === '1';
  const explicitLang = params.get('lang');
  const urlLang = explicitLang === 'ja' || explicitLang === 'en' ? explicitLang : undefined;
  const index = embed ? undefined : loadIndex(Date.now());
  const saved = index?.prefs;
  const lang: Lang = urlLang ?? saved?.lang ?? pickLang(loc.search, languages);
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
  if (!index) return { embed };
  if (saved?.editorFraction !== undefined) store.setEditorFraction(saved.editorFraction);
  store.setWorkspaces(index.list);
  const current = index.list.find((m) => m.id === index.current);
  const snapshot = current ? storedSnapshot(current) : undefined;
  // switchWorkspace shows the snapshot's view state too (tabs, expansions, layers switched off).
  store.switchWorkspace(index.current, snapshot ?? { scenario: seedIn(lang) });

  const info: StartupInfo = { embed };
  const linkError = applySharedLink(loc.hash, lang);
  if (linkError !== undefined) info.linkError = linkError;
  const lesson = params.get('lesson');
  if (lesson !== null && !openLesson(lesson)) info.unknownLesson = lesson;
  if (!snapshot && !introSeen() && useStore.getState().lesson === undefined) info.firstVisit = true;
  return info;
}
