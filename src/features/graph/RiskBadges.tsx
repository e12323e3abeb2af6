import type { RiskCategory } from '../../core';
import { useT } from '../../ui/useT';
import './risk.css';

/** One line icon per category, so a badge never rests on colour alone. */
const PATHS: Record<RiskCategory, string> = {
  // An arrow climbing a step.
  'privilege-escalation': 'M4 16h4v-4h4V8h4M12 4h4v4',
  // A key.
  'credentials-exposure':
    'M7.5 13.5a3.5 3.5 0 1 1 3.2-5H17v3h-2v2h-2.5v-2h-1.8a3.5 3.5 0 0 1-3.2 2Z',
  // An arrow leaving a box.
  'data-exfiltration': 'M9 4H4v12h12v-5M11 9l6-6M12 3h5v5',
  // An open eye.
  'resource-exposure':
    'M2 10s3-5.5 8-5.5S18 10 18 10s-3 5.5-8 5.5S2 10 2 10Zm8 2.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z',
  // A wrench.
  'infrastructure-modification':
    'M13 3.5a3.5 3.5 0 0 0-3.3 4.6L3.5 14.3l2.2 2.2 6.2-6.2A3.5 3.5 0 0 0 16.5 7l-2 2-2-.5-.5-2 2-2a3.5 3.5 0 0 0-1-.9Z',
};

/** A risk category's icon at 1em, decorative (the badge names it). */
export function RiskIcon({ category }: { category: RiskCategory }) {
  return (
    <svg
      className="rm-risk__icon"
      viewBox="0 0 20 20"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[category]} />
    </svg>
  );
}

/**
 * The risk badges of a card: one per category it takes part in (icon and short word; the far
 * view keeps the icon), on the card's bottom edge so the card's own layout never moves.
 */
export function RiskBadges({ categories }: { categories: readonly RiskCategory[] }) {
  const t = useT();
  if (categories.length === 0) return null;
  return (
    <span className="rm-risks" data-risks={categories.join(' ')}>
      {categories.map((c) => (
        <span
          key={c}
          className={`rm-risk rm-risk--${c}`}
          data-risk={c}
          role="img"
          aria-label={t(`risk.category.${c}`)}
          title={t(`risk.category.${c}`)}
        >
          <RiskIcon category={c} />
          <span className="rm-risk__label" aria-hidden="true">
            {t(`risk.short.${c}`)}
          </span>
        </span>
      ))}
    </span>
  );
}

/** The role's own mark: it has a privilege-escalation path. */
export function EscalationMark() {
  const t = useT();
  return (
    <span className="rm-risks rm-risks--role" data-risks="privilege-escalation">
      <span
        className="rm-risk rm-risk--privilege-escalation rm-risk--path"
        data-risk="privilege-escalation"
      >
        <RiskIcon category="privilege-escalation" />
        <span className="rm-risk__label">{t('risk.role.escalation')}</span>
      </span>
    </span>
  );
}

/** The "Risks" toggle beside the legend: off by default, pressed while the lens is on. */
export function RisksToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="rm-risks-toggle"
      aria-pressed={on}
      title={t('risk.toggleHint')}
      onClick={() => onChange(!on)}
    >
      <RiskIcon category="privilege-escalation" />
      {t('risk.toggle')}
    </button>
  );
}
