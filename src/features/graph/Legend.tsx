import { text } from '../../graph';
import { useStore } from '../../store';
import { useT } from '../../ui/useT';
import { GlossaryButton } from '../lessons/ui/Glossary';
import { Icon } from './icons';
import { RiskIcon } from './RiskBadges';
import { useGraphText } from './useGraphText';

/** Explains the marks the graph uses (folded by default, so it never hides the graph). */
export function Legend() {
  const t = useT();
  const gt = useGraphText();
  const openGlossary = useStore((s) => s.openGlossary);
  return (
    <details className="rm-legend">
      <summary>{t('graph.legend')}</summary>
      <ul>
        <li>
          <span className="rm-effect rm-effect--allow">
            <Icon name="allow" />
          </span>
          {t('graph.legend.allow')}
        </li>
        <li>
          <span className="rm-effect rm-effect--deny">
            <Icon name="deny" />
          </span>
          {t('graph.legend.deny')}
          <GlossaryButton term="explicit-vs-implicit-deny" />
        </li>
        <li>
          <span className="rm-expand">+</span>
          {t('graph.legend.wildcard')}
        </li>
        <li>
          <span className="rm-swatch rm-annotation--comment">Aa</span>
          {t('graph.legend.comment')}
        </li>
        <li>
          <span className="rm-swatch rm-annotation--catalog">Aa</span>
          {t('graph.legend.catalog')}
        </li>
        <li>
          <span className="rm-swatch rm-box-comment rm-annotation--comment">❝</span>
          {gt(text('legend-statement-comment'))}
        </li>
        <li>
          <span className="rm-effect rm-effect--unknown">?</span>
          {gt(text('legend-unknown'))}
        </li>
        <li>
          <span className="rm-swatch rm-swatch--partial" aria-hidden="true" />
          {gt(text('legend-partial'))}
        </li>
        <li>
          <span className="rm-swatch rm-swatch--idle" aria-hidden="true" />
          {gt(text('legend-grants-nothing'))}
        </li>
        <li>
          <span className="rm-risk rm-risk--privilege-escalation" aria-hidden="true">
            <RiskIcon category="privilege-escalation" />
          </span>
          {t('risk.legend')}
        </li>
      </ul>
      <button
        type="button"
        className="rm-legend__glossary"
        aria-haspopup="dialog"
        title={t('glossary.openHint')}
        onClick={() => openGlossary()}
      >
        {t('glossary.open')}
      </button>
    </details>
  );
}
