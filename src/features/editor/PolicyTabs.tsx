import { useRef, type KeyboardEvent } from 'react';
import type { ScenarioDoc } from '../../core/scenario';
import { useT } from '../../i18n/useT';

interface Props {
  docs: ScenarioDoc[];
  active: string;
  /** Documents with a syntax error, marked on their tab. */
  invalid: ReadonlySet<string>;
  readOnly: boolean;
  onSelect: (id: string) => void;
  onAdd: () => void;
}

/** The policy tabs (`role="tab"`, named after each policy), with arrow-key navigation. */
export function PolicyTabs({ docs, active, invalid, readOnly, onSelect, onAdd }: Props) {
  const t = useT();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = docs[(index + step + docs.length) % docs.length];
    if (!next) return;
    onSelect(next.id);
    refs.current.get(next.id)?.focus();
  };
  return (
    <div className="rm-tabs">
      <div role="tablist" aria-label={t('editor.tabs')} className="rm-tabs__list">
        {docs.map((doc, i) => {
          const name = doc.kind === 'trust' ? t('editor.trustTab') : doc.name;
          return (
            <button
              key={doc.id}
              ref={(el) => {
                if (el) refs.current.set(doc.id, el);
                else refs.current.delete(doc.id);
              }}
              type="button"
              role="tab"
              id={`tab-${doc.id}`}
              aria-selected={doc.id === active}
              aria-controls="policy-panel"
              tabIndex={doc.id === active ? 0 : -1}
              className={`rm-tab rm-tab--${doc.kind}${invalid.has(doc.id) ? ' is-invalid' : ''}`}
              onClick={() => onSelect(doc.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              {name}
              {invalid.has(doc.id) ? (
                <span className="rm-tab__mark" aria-hidden="true">
                  !
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      {readOnly ? null : (
        <button
          type="button"
          className="rm-tabs__add"
          onClick={onAdd}
          aria-label={t('editor.addPolicy')}
          title={t('editor.addPolicy')}
        >
          +
        </button>
      )}
    </div>
  );
}
