import { useEffect, useRef, useState } from 'react';
import { useShowModal } from '../../../ui/useShowModal';
import { useStore } from '../../../store';
import { useT } from '../../../ui/useT';
import { GLOSSARY, glossaryEntry, type GlossaryId } from '../glossary';
import './lessons.css';

/** The id of a glossary entry's element, so a `?` can scroll to it. */
export function glossaryElementId(id: GlossaryId): string {
  return `rm-glossary-${id}`;
}

/**
 * The glossary: every term of the picture and the lessons, defined in the UI language. Opened at
 * a term (a `?` beside a node kind or an editor tab), it scrolls to that entry and marks it; Esc,
 * the close button or a click beside it closes it, and the focus goes back to what opened it.
 */
export function Glossary() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const term = useStore((s) => s.glossary?.term);
  const close = useStore((s) => s.closeGlossary);
  const open = useStore((s) => s.openGlossary);
  const ref = useRef<HTMLDialogElement>(null);
  // What had the focus when the glossary opened: the `?`, the legend's or the menu's button.
  const [opener] = useState(() => document.activeElement);
  const current = term === undefined ? undefined : glossaryEntry(term)?.id;

  useShowModal(ref);
  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    },
    [opener],
  );
  // Opened at a term (or sent to a related one): bring it into view and start reading there.
  useEffect(() => {
    if (current === undefined) return;
    const el = document.getElementById(glossaryElementId(current));
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [current]);

  return (
    <dialog
      ref={ref}
      className="rm-dialog rm-glossary"
      aria-labelledby="rm-glossary-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) close();
      }}
    >
      <div className="rm-glossary__head">
        <h2 id="rm-glossary-title">{t('glossary.title')}</h2>
        <button type="button" onClick={close}>
          {t('glossary.close')}
        </button>
      </div>
      <p className="rm-glossary__intro">{t('glossary.intro')}</p>
      <ul className="rm-glossary__list">
        {GLOSSARY.map((entry) => (
          <li
            key={entry.id}
            id={glossaryElementId(entry.id)}
            className="rm-glossary__entry"
            data-term={entry.id}
            data-current={entry.id === current ? 'true' : undefined}
            tabIndex={-1}
            aria-labelledby={`${glossaryElementId(entry.id)}-term`}
          >
            <h3 id={`${glossaryElementId(entry.id)}-term`}>{entry.term[lang]}</h3>
            <p>{entry.definition[lang]}</p>
            {entry.related && entry.related.length > 0 ? (
              <p className="rm-glossary__related">
                {t('glossary.related')}{' '}
                {entry.related.map((r, i) => (
                  <span key={r}>
                    {i > 0 ? (lang === 'ja' ? '、' : ', ') : null}
                    <button type="button" className="rm-link" onClick={() => open(r)}>
                      {glossaryEntry(r)?.term[lang] ?? r}
                    </button>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </dialog>
  );
}

/**
 * A small `?` that opens the glossary at one term, named by the question it answers ("What is a
 * trust policy?"). Inside a graph node it stays out of the node's own click and Tab order.
 */
export function GlossaryButton({
  term,
  inNode = false,
  className,
}: {
  term: GlossaryId;
  inNode?: boolean;
  className?: string;
}) {
  const t = useT();
  const open = useStore((s) => s.openGlossary);
  const name = t(`glossary.ask.${term}`);
  return (
    <button
      type="button"
      className={['rm-glossary-q', inNode ? 'nodrag nopan' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      aria-label={name}
      title={name}
      aria-haspopup="dialog"
      // In a node, Tab goes from node to node; the node's own `?` key opens the same entry.
      tabIndex={inNode ? -1 : undefined}
      data-glossary={term}
      onClick={(e) => {
        e.stopPropagation();
        // Keyboard-free clicks leave the focus where it was: give it to the button, to return to.
        e.currentTarget.focus();
        open(term);
      }}
      onKeyDown={(e) => {
        if (inNode) e.stopPropagation();
      }}
    >
      ?
    </button>
  );
}
