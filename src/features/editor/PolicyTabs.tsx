import { Fragment, useRef, type KeyboardEvent } from 'react';
import type { LintSummary } from '../../core';
import type { DocId, ScenarioDoc } from '../../core';
import { useT } from '../../ui/useT';
import { GLOSSARY_FOR_DOC_KIND } from '../lessons/glossary';
import { GlossaryButton } from '../lessons/ui/Glossary';
import { AddManagedPolicyButton } from '../managed';
import { layerName } from './layerName';
import { SeverityIcon } from './SeverityIcon';
import { SEVERITY_ORDER, summaryText } from './severityText';

interface Props {
  docs: ScenarioDoc[];
  active: string;
  /** Documents with a syntax error, marked on their tab. */
  invalid: ReadonlySet<string>;
  /** Finding counts per document, shown on its tab (absent until the first check). */
  summaries: ReadonlyMap<string, LintSummary>;
  readOnly: boolean;
  onSelect: (id: DocId) => void;
  onAdd: () => void;
}

/**
 * The policy tabs (`role="tab"`, named after each policy), with arrow-key navigation. Finding
 * counts are drawn aria-hidden and given as the tab's description, so its name stays the policy's.
 */
export function PolicyTabs({ docs, active, invalid, summaries, readOnly, onSelect, onAdd }: Props) {
  const t = useT();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const activeDoc = docs.find((d) => d.id === active);
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
          const name =
            doc.kind === 'trust'
              ? t('editor.trustTab')
              : doc.kind === 'identity'
                ? doc.name
                : layerName(t, doc);
          const summary = summaries.get(doc.id);
          const describedBy = summary ? `tab-${doc.id}-problems` : undefined;
          const description = summary ? summaryText(t, summary) : undefined;
          return (
            <Fragment key={doc.id}>
              <button
                ref={(el) => {
                  if (el) refs.current.set(doc.id, el);
                  else refs.current.delete(doc.id);
                }}
                type="button"
                role="tab"
                id={`tab-${doc.id}`}
                aria-selected={doc.id === active}
                aria-controls="policy-panel"
                aria-describedby={describedBy}
                title={description}
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
                {summary && summary.total > 0 ? (
                  <span className="rm-tab__counts" aria-hidden="true">
                    {SEVERITY_ORDER.filter((s) => summary[s] > 0).map((s) => (
                      <span key={s} className={`rm-count rm-sev--${s}`} data-severity={s}>
                        <SeverityIcon severity={s} size={11} />
                        {summary[s]}
                      </span>
                    ))}
                  </span>
                ) : null}
              </button>
              {describedBy ? (
                <span id={describedBy} hidden>
                  {description}
                </span>
              ) : null}
            </Fragment>
          );
        })}
      </div>
      {/* A tablist holds only tabs: the active tab's `?` sits just after the list. */}
      {activeDoc ? (
        <GlossaryButton term={GLOSSARY_FOR_DOC_KIND[activeDoc.kind]} className="rm-tabs__help" />
      ) : null}
      {readOnly ? null : (
        <>
          <button
            type="button"
            className="rm-tabs__add"
            onClick={onAdd}
            aria-label={t('editor.addPolicy')}
            title={t('editor.addPolicy')}
          >
            +
          </button>
          <AddManagedPolicyButton />
        </>
      )}
    </div>
  );
}
