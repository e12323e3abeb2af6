import { useEffect, useLayoutEffect, useRef } from 'react';
import { useStore } from '../../store';
import { useT } from '../../ui/useT';
import { NetworkRoutePanel } from './NetworkRoutePanel';
import { stepText } from './StepCard';
import type { Walkthrough as WalkthroughState } from './useWalkthrough';
import './walkthrough.css';

/**
 * The walkthrough's card over the canvas: the step's title and text in the UI language, the step
 * counter, Back / Next and a close button (ArrowRight/ArrowLeft step too, Escape closes). A step
 * with a network route draws it over the picture as well.
 */
export function Walkthrough({ walk }: { walk: WalkthroughState }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const region = useRef<HTMLElement>(null);
  const { step, index, steps, setRoom } = walk;
  const opened = step !== undefined;

  // The view keeps a step's nodes clear of the card and of a network route: measure them.
  const network = useRef<HTMLElement>(null);
  const hasNetwork = step?.network !== undefined;
  useLayoutEffect(() => {
    const card = region.current;
    const route = network.current;
    const measure = () => {
      const below = (el: HTMLElement | null) =>
        el ? Math.round(el.getBoundingClientRect().height) + 16 : 0;
      setRoom({ top: below(route), bottom: below(card) });
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    if (card) observer.observe(card);
    if (route) observer.observe(route);
    return () => observer.disconnect();
  }, [setRoom, opened, hasNetwork]);

  // Opening moves the keyboard focus into the walkthrough, unless the user is typing elsewhere.
  useEffect(() => {
    if (!opened) return;
    const active = document.activeElement;
    const typing =
      active instanceof HTMLElement && active.closest('.monaco-editor, input, textarea');
    if (!typing) region.current?.focus({ preventScroll: true });
  }, [opened]);

  if (!step || index === undefined) return null;
  const text = stepText(step.card, lang, t);
  const first = index === 0;
  const last = index === steps.length - 1;
  return (
    <>
      {step.network ? <NetworkRoutePanel ref={network} route={step.network} /> : null}
      <section
        ref={region}
        className="rm-walk"
        aria-label={t('walk.label')}
        tabIndex={-1}
        data-step={step.card.kind}
        onKeyDown={(e) => {
          walk.onKey(e);
        }}
      >
        <header className="rm-walk__head">
          <span className="rm-walk__counter" data-walk-counter="">
            {t('walk.counter', { n: index + 1, total: steps.length })}
          </span>
          <h2 className="rm-walk__title" aria-live="polite">
            {text.title}
          </h2>
          <button
            type="button"
            className="rm-walk__close"
            aria-label={t('walk.close')}
            title={t('walk.close')}
            onClick={walk.close}
          >
            ×
          </button>
        </header>
        <div className="rm-walk__body">{text.body}</div>
        <footer className="rm-walk__foot">
          <span className="rm-walk__keys">{t('walk.keys')}</span>
          {/* aria-disabled, not disabled: the focus stays on the button at either end. */}
          <button type="button" aria-disabled={first} onClick={() => walk.go(-1)}>
            {t('walk.back')}
          </button>
          <button
            type="button"
            className="rm-primary"
            aria-disabled={last}
            onClick={() => walk.go(1)}
          >
            {t('walk.next')}
          </button>
        </footer>
      </section>
    </>
  );
}
