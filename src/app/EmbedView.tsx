import type { RiskReport } from '../core';
import { GraphCanvas } from '../features/graph/GraphCanvas';
import { Legend } from '../features/graph/Legend';
import { Glossary } from '../features/lessons/ui/Glossary';
import type { DecisionOverlay } from '../features/graph/toFlow';
import type { LaidOutGraph } from '../features/graph/useLayout';
import { useStore } from '../store';
import { useT } from '../ui/useT';
import type { EmbedEmpty } from './bootstrap';
import { useScenarioTitle } from './useScenarioTitle';

/** Ctrl on most keyboards, ⌘ on Apple's: the key that makes the wheel zoom an embed. */
function zoomKey(): string {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent)
    ? '⌘'
    : 'Ctrl';
}

/** The full app's address for this view: the same link without `embed=1`. */
function fullAppUrl(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('embed');
  return url.toString();
}

/**
 * The read-only picture for an iframe in someone else's page: a caption bar (the scenario's
 * title, the legend and the "Open in Rolemap" link, outside the canvas so they cover no node) over
 * the graph. A link without a scenario shows a message, never the visitor's own workspace.
 */
export function EmbedView({
  laid,
  overlay,
  empty,
  risks,
}: {
  laid: LaidOutGraph;
  overlay?: DecisionOverlay;
  empty?: EmbedEmpty;
  /** The risk lens's report when `?risks=1` turned it on: badges on the cards, as in the app. */
  risks?: RiskReport;
}) {
  const t = useT();
  const title = useScenarioTitle();
  const roleName = useStore((s) => s.scenario.role.name);
  const glossaryOpen = useStore((s) => s.glossary !== undefined);

  if (empty) {
    return (
      <div className="rm-app rm-app--embed">
        <div className="rm-embed__empty" role="status">
          <p className="rm-embed__empty-title">
            {empty.error !== undefined
              ? t('embed.damaged', { message: empty.error })
              : t('embed.empty')}
          </p>
          <p>{t('embed.emptyHint')}</p>
        </div>
      </div>
    );
  }

  return (
    <figure className="rm-app rm-app--embed" aria-labelledby="rm-embed-title">
      <div className="rm-embed__bar">
        <span className="rm-embed__caption" title={title.text}>
          <span id="rm-embed-title" className="rm-embed__title">
            {title.text}
          </span>
          {roleName !== title.text ? (
            <span className="rm-embed__role rm-mono">{roleName}</span>
          ) : null}
        </span>
        <Legend />
        <a
          className="rm-embed-link"
          href={fullAppUrl()}
          target="_blank"
          rel="noopener"
          title={t('embed.openHint')}
        >
          {t('app.openFull')}
          <span aria-hidden="true"> ↗</span>
        </a>
      </div>
      <GraphCanvas
        laid={laid}
        readOnly
        embed
        overlay={overlay}
        {...(risks ? { risks } : {})}
        overlayContent={
          <div className="rm-embed__hint" aria-hidden="true">
            {t('embed.wheelHint', { key: zoomKey() })}
          </div>
        }
      />
      {glossaryOpen ? <Glossary /> : null}
    </figure>
  );
}
