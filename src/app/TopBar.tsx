import { useEffect, useRef, useState } from 'react';
import { seedScenario, shareUrl } from '../core';
import type { Lang } from '../i18n';
import { useT } from '../ui/useT';
import { useStore } from '../store';
import { TitleField } from './TitleField';
import './layout.css';
import { useCatalogAsOf } from './useCatalogAsOf';

/**
 * The scenario's title (editable), IAM data date, language, theme, share link and reset: the app's
 * few global controls, on one line; where there is no room they fold into a menu (layout.css).
 */
export function TopBar() {
  const t = useT();
  const theme = useStore((s) => s.theme);
  const lang = useStore((s) => s.lang);
  const roleName = useStore((s) => s.scenario.role.name);
  const setTheme = useStore((s) => s.setTheme);
  const simOpen = useStore((s) => s.simOpen);
  const setSimOpen = useStore((s) => s.setSimOpen);
  const setLang = useStore((s) => s.setLang);
  const replaceScenario = useStore((s) => s.replaceScenario);
  const asOf = useCatalogAsOf();
  const [shareState, setShareState] = useState<'idle' | 'copied' | { failed: string }>('idle');
  const setPhonePane = useStore((s) => s.setPhonePane);
  const [menuOpen, setMenuOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const asOfText = asOf ? t('app.catalogAsOf', { date: asOf }) : t('app.catalogLoading');
  const nextTheme = theme === 'light' ? 'dark' : 'light';
  const nextThemeName = t(nextTheme === 'dark' ? 'app.theme.dark' : 'app.theme.light');

  // The folded menu closes on a click or tap outside it.
  useEffect(() => {
    if (!menuOpen) return;
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (menu.current?.contains(target) || menuButton.current?.contains(target)) return;
      setMenuOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
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
        <span className="rm-topbar__asof">{asOfText}</span>
        <button
          type="button"
          aria-pressed={simOpen}
          className={`rm-topbar__sim${simOpen ? ' rm-primary' : ''}`}
          onClick={() => setSimOpen(!simOpen)}
        >
          {t('sim.open')}
        </button>
        {/* Where the bar has no room (a phone, a narrow window) the rest folds into this menu. */}
        <button
          type="button"
          ref={menuButton}
          className="rm-topbar__menu-button"
          aria-expanded={menuOpen}
          aria-controls="rm-topbar-menu"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <span aria-hidden="true">☰</span>
          <span className="rm-topbar__menu-word">{t('layout.menu')}</span>
        </button>
        <div
          id="rm-topbar-menu"
          ref={menu}
          className="rm-topbar__fold"
          data-open={menuOpen}
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || !menuOpen) return;
            e.stopPropagation();
            setMenuOpen(false);
            menuButton.current?.focus();
          }}
        >
          <span className="rm-topbar__asof rm-topbar__asof--menu">{asOfText}</span>
          {/* On a phone the simulator is a tab: this shows it. */}
          <button
            type="button"
            className="rm-topbar__sim-phone"
            onClick={() => {
              setSimOpen(true);
              setPhonePane('sim');
              setMenuOpen(false);
            }}
          >
            {t('sim.open')}
          </button>
          <label className="rm-select">
            <span className="rm-visually-hidden">{t('app.lang.label')}</span>
            <select
              value={lang}
              onChange={(e) => setLang(e.target.value as Lang)}
              aria-label={t('app.lang.label')}
            >
              <option value="en">English</option>
              <option value="ja">日本語</option>
            </select>
          </label>
          {/* The visible words are the theme's name; the accessible name says what the click does. */}
          <button
            type="button"
            onClick={() => setTheme(nextTheme)}
            aria-label={t('app.theme.toggle', { theme: nextThemeName })}
            title={t('app.theme.toggle', { theme: nextThemeName })}
          >
            {nextThemeName}
          </button>
          <button
            type="button"
            onClick={() => {
              void share();
            }}
          >
            {shareState === 'copied' ? t('app.shareCopied') : t('app.share')}
          </button>
          <button
            type="button"
            onClick={() => {
              setMenuOpen(false);
              if (window.confirm(t('app.resetConfirm'))) replaceScenario(seedScenario());
            }}
          >
            {t('app.reset')}
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
