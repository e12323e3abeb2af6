import { reasonText } from '../../i18n/engine/evaluate';
import { useT } from '../../ui/useT';
import { useStore } from '../../store';
import { Icon } from '../graph/icons';
import type { SimulationView } from './useSimulation';

/** The decision in large type, with an icon and the engine's plain-language reasons. */
export function ResultBadge({ view }: { view: SimulationView }) {
  const t = useT();
  const selectNode = useStore((s) => s.selectNode);
  const lang = useStore((s) => s.lang);
  const result = view.result;
  if (!result) return <p className="rm-sim__note">{t('sim.result.needAction')}</p>;
  const kind =
    result.decision === 'Allow'
      ? 'allow'
      : result.decision === 'ExplicitDeny'
        ? 'deny'
        : 'implicit';
  const label =
    kind === 'allow'
      ? t('sim.result.allow')
      : kind === 'deny'
        ? t('sim.result.explicit')
        : t('sim.result.implicit');
  const first = view.highlights[0];
  return (
    <div
      className={`rm-result rm-result--${kind}`}
      role="status"
      aria-live="polite"
      data-decision={result.decision}
    >
      <div className="rm-result__badge">
        <Icon name={kind === 'allow' ? 'allow' : 'deny'} />
        <span>{label}</span>
      </div>
      {result.explain.incomplete ? (
        <p className="rm-result__incomplete" role="note">
          <Icon name="deny" /> {t('sim.result.incomplete')}
        </p>
      ) : null}
      <ul className="rm-result__reasons">
        {result.explain.reasons.map((r, i) => (
          <li key={`${r.code}:${i}`}>{reasonText(lang, r)}</li>
        ))}
      </ul>
      {first ? (
        <button type="button" onClick={() => selectNode(undefined, first)}>
          {t('sim.showStatement')}
        </button>
      ) : null}
    </div>
  );
}
