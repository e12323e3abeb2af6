import { memo, useEffect, useRef, useState } from 'react';
import { shareUrl } from '../core';
import { ExportButton } from '../features/export/ExportButton';
import type { Lang } from '../i18n';
import { useT } from '../ui/useT';
import { useStore } from '../store';
import { resetLesson } from './lessonWorkspace';
import { seedRetitled } from './seedIn';
import { LONG_LINK, ShareNotice } from './ShareNotice';
import { TitleField } from './TitleField';
import { useCatalogAsOf } from './useCatalogAsOf';
import { newFromExample } from './workspaces';
import { NARROW_BAR_QUERY, useIsPhone, useMediaQuery } from './useIsPhone';
import './layout.css';

/** Below this width the Import button sits in the menu. */
const IMPORT_FOLD_QUERY = '(max-width: 1299px)';

/**
 * The scenario's title (editable), IAM data date, language, theme, share link, workspaces: the app's
 * few global controls, on one line in every language. The data date and the workspaces live in the
 * menu; where the bar has less room, language, theme and share join them (and on a phone, the
 * simulator, which there is a tab). Import opens the import dialog (App owns it). A memo: it
 * renders again for what it shows, not for every keystroke in the editor.
 */
export const TopBar = memo(function TopBar({ onImport }: { onImport: () => void }) {
  const t = useT();
  const theme = useStore((s) => s.theme);
  const lang = useStore((s) => s.lang);
  const roleName = useStore((s) => s.scenario.role.name);
  const setTheme = useStore((s) => s.setTheme);
  const simOpen = useStore((s) => s.simOpen);
  const setSimOpen = useStore((s) => s.setSimOpen);
  const setPhonePane = useStore((s) => s.setPhonePane);
  const setLang = useStore((s) => s.setLang);
  const setWorkspaceListOpen = useStore((s) => s.setWorkspaceListOpen);
  const inLesson = useStore((s) => s.lesson !== undefined);
  const setLessonPickerOpen = useStore((s) => s.setLessonPickerOpen);
  const openGlossary = useStore((s) => s.openGlossary);
  const asOf = useCatalogAsOf();
  const phone = useIsPhone();
  const folded = useMediaQuery(NARROW_BAR_QUERY);
  // Import joins the menu a little earlier, so the scenario's title keeps its room at 1280 px.
  const importFolded = useMediaQuery(IMPORT_FOLD_QUERY);
  const [shareState, setShareState] = useState<
    'idle' | 'copied' | { url: string; copied: boolean }
  >('idle');
  const [menuOpen, setMenuOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const nextTheme = theme === 'light' ? 'dark' : 'light';
  const nextThemeName = t(nextTheme === 'dark' ? 'app.theme.dark' : 'app.theme.light');

  // The menu closes on a click or tap outside it, and on Esc (focus goes back to its button).
  useEffect(() => {
    if (!menuOpen) return;
    const inside = (target: EventTarget | null) =>
      target instanceof Node &&
      (!!menu.current?.contains(target) || !!menuButton.current?.contains(target));
    const onDown = (e: PointerEvent) => {
      if (!inside(e.target)) setMenuOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (inside(document.activeElement)) menuButton.current?.focus();
      setMenuOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [menuOpen]);

  const share = async () => {
    const url = shareUrl(useStore.getState().scenario, window.location.href.split('#')[0] ?? '');
    try {
      await navigator.clipboard.writeText(url);
      // A long link is copied too, but the user hears its size and the CLI alternative.
      if (url.length > LONG_LINK) return setShareState({ url, copied: true });
      setShareState('copied');
      setTimeout(() => setShareState((s) => (s === 'copied' ? 'idle' : s)), 2500);
    } catch {
      setShareState({ url, copied: false });
    }
  };

  const language = (
    <label className="rm-select">
      <span className="rm-visually-hidden">{t('app.lang.label')}</span>
      <select
        value={lang}
        onChange={(e) => {
          const next = e.target.value as Lang;
          // The untouched example follows the language; a title the user wrote stays theirs.
          const retitled = seedRetitled(useStore.getState().scenario, next);
          if (retitled !== undefined) useStore.getState().setTitle(retitled);
          setLang(next);
        }}
        aria-label={t('app.lang.label')}
      >
        <option value="en">English</option>
        <option value="ja">日本語</option>
      </select>
    </label>
  );
  // The visible words are the theme's name; the accessible name says what the click does.
  const themeButton = (
    <button
      type="button"
      onClick={() => setTheme(nextTheme)}
      aria-label={t('app.theme.toggle', { theme: nextThemeName })}
      title={t('app.theme.toggle', { theme: nextThemeName })}
    >
      {nextThemeName}
    </button>
  );
  const lessonsButton = (
    <button
      type="button"
      aria-haspopup="dialog"
      onClick={() => {
        setMenuOpen(false);
        setLessonPickerOpen(true);
      }}
    >
      {t('lessons.open')}
    </button>
  );
  const importButton = (
    <button
      type="button"
      aria-haspopup="dialog"
      onClick={() => {
        setMenuOpen(false);
        onImport();
      }}
    >
      {t('import.open')}
    </button>
  );
  /** A menu entry that opens a dialog: the focus goes back to the menu's button when it closes. */
  const menuDialog = (label: string, open: () => void) => (
    <button
      type="button"
      aria-haspopup="dialog"
      onClick={() => {
        menuButton.current?.focus();
        setMenuOpen(false);
        open();
      }}
    >
      {label}
    </button>
  );
  const shareButton = (
    <button type="button" onClick={() => void share()}>
      {shareState === 'copied' ? t('app.shareCopied') : t('app.share')}
    </button>
  );

  return (
    <header className="rm-topbar">
      <div className="rm-topbar__brand">
        <strong>{t('app.title')}</strong>
        <span className="rm-topbar__tagline">{t('app.tagline')}</span>
      </div>
      <div className="rm-topbar__scenario">
        <TitleField />
        <span className="rm-topbar__role rm-mono" title={t('role.name')}>
          {roleName}
        </span>
      </div>
      <div className="rm-topbar__controls">
        {phone ? null : (
          <button
            type="button"
            aria-pressed={simOpen}
            className={simOpen ? 'rm-primary' : undefined}
            onClick={() => setSimOpen(!simOpen)}
          >
            {t('sim.open')}
          </button>
        )}
        {folded ? null : (
          <>
            {lessonsButton}
            {importFolded ? null : importButton}
            {language}
            {themeButton}
            {shareButton}
          </>
        )}
        <button
          type="button"
          ref={menuButton}
          className="rm-topbar__menu-button"
          aria-expanded={menuOpen}
          aria-controls="rm-topbar-menu"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <span aria-hidden="true">☰</span>
          {t('layout.menu')}
        </button>
        <div id="rm-topbar-menu" ref={menu} className="rm-topbar__menu" hidden={!menuOpen}>
          <span className="rm-topbar__asof">
            {asOf ? t('app.catalogAsOf', { date: asOf }) : t('app.catalogLoading')}
          </span>
          {/* On a phone the simulator is a tab: this shows it. */}
          {phone ? (
            <button
              type="button"
              onClick={() => {
                setSimOpen(true);
                setPhonePane('sim');
                setMenuOpen(false);
              }}
            >
              {t('sim.open')}
            </button>
          ) : null}
          {folded ? (
            <>
              {lessonsButton}
              {language}
              {themeButton}
              {shareButton}
            </>
          ) : null}
          {importFolded ? importButton : null}
          <ExportButton
            onOpen={() => setMenuOpen(false)}
            onClosed={() => menuButton.current?.focus()}
          />
          {menuDialog(t('glossary.open'), () => openGlossary())}
          {menuDialog(t('workspaces.open'), () => setWorkspaceListOpen(true))}
          {/* In a lesson, the reset applies to the lesson's workspace; else starting over makes a new one. */}
          <button
            type="button"
            onClick={() => {
              setMenuOpen(false);
              if (!inLesson) newFromExample();
              else if (window.confirm(t('lessons.resetConfirm'))) resetLesson();
            }}
          >
            {inLesson ? t('lessons.reset') : t('workspaces.newFromExample')}
          </button>
        </div>
      </div>
      {typeof shareState === 'object' ? (
        <ShareNotice
          url={shareState.url}
          copied={shareState.copied}
          onClose={() => setShareState('idle')}
        />
      ) : null}
    </header>
  );
});
