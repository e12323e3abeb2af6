import { useEffect, useRef, useState } from 'react';
import { shareUrl } from '../core';
import { ExportButton } from '../features/export/ExportButton';
import type { Lang } from '../i18n';
import { useT } from '../ui/useT';
import { useStore } from '../store';
import { resetLesson } from './lessonWorkspace';
import { seedIn, seedRetitled } from './seedIn';
import { TitleField } from './TitleField';
import { useCatalogAsOf } from './useCatalogAsOf';
import { NARROW_BAR_QUERY, useIsPhone, useMediaQuery } from './useIsPhone';
import './layout.css';

/**
 * The scenario's title (editable), IAM data date, language, theme, share link and reset: the app's
 * few global controls, on one line in every language. The data date and the reset live in the
 * menu; where the bar has less room, language, theme and share join them (and on a phone, the
 * simulator, which there is a tab).
 */
export function TopBar() {
  const t = useT();
  const theme = useStore((s) => s.theme);
  const lang = useStore((s) => s.lang);
  const roleName = useStore((s) => s.scenario.role.name);
  const setTheme = useStore((s) => s.setTheme);
  const simOpen = useStore((s) => s.simOpen);
  const setSimOpen = useStore((s) => s.setSimOpen);
  const setPhonePane = useStore((s) => s.setPhonePane);
  const setLang = useStore((s) => s.setLang);
  const replaceScenario = useStore((s) => s.replaceScenario);
  const inLesson = useStore((s) => s.lesson !== undefined);
  const setLessonPickerOpen = useStore((s) => s.setLessonPickerOpen);
  const openGlossary = useStore((s) => s.openGlossary);
  const asOf = useCatalogAsOf();
  const phone = useIsPhone();
  const folded = useMediaQuery(NARROW_BAR_QUERY);
  const [shareState, setShareState] = useState<'idle' | 'copied' | { failed: string }>('idle');
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
      setShareState('copied');
      setTimeout(() => setShareState('idle'), 2500);
    } catch {
      setShareState({ failed: url });
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
          <ExportButton
            onOpen={() => setMenuOpen(false)}
            onClosed={() => menuButton.current?.focus()}
          />
          {/* The focus goes back to the menu's button when the glossary closes. */}
          <button
            type="button"
            aria-haspopup="dialog"
            onClick={() => {
              menuButton.current?.focus();
              setMenuOpen(false);
              openGlossary();
            }}
          >
            {t('glossary.open')}
          </button>
          {/* In a lesson, the reset applies to the lesson's workspace, never the user's own. */}
          <button
            type="button"
            onClick={() => {
              setMenuOpen(false);
              if (inLesson) {
                if (window.confirm(t('lessons.resetConfirm'))) resetLesson();
              } else if (window.confirm(t('app.resetConfirm'))) replaceScenario(seedIn(lang));
            }}
          >
            {inLesson ? t('lessons.reset') : t('app.reset')}
          </button>
        </div>
      </div>
      {typeof shareState === 'object' ? (
        <div className="rm-topbar__sharebox" role="dialog" aria-label={t('app.share')}>
          <label>
            {t('app.shareFailed')}
            <input
              readOnly
              value={shareState.failed}
              onFocus={(e) => e.target.select()}
              autoFocus
            />
          </label>
          <button type="button" onClick={() => setShareState('idle')}>
            OK
          </button>
        </div>
      ) : null}
    </header>
  );
}
