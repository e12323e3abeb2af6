import { useEffect, useRef } from 'react';
import { useStore } from '../../store';
import { useT } from '../../ui/useT';
import './walkthrough.css';

/** The small button that starts the walkthrough (beside the legend); hidden while it is open. */
export function WalkthroughButton() {
  const t = useT();
  const open = useStore((s) => s.walkStep !== undefined);
  const setWalkStep = useStore((s) => s.setWalkStep);
  const button = useRef<HTMLButtonElement>(null);
  // Closing the walkthrough from the keyboard leaves the focus here, not on the page's body.
  const was = useRef(open);
  useEffect(() => {
    const closed = was.current && !open;
    was.current = open;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (closed && lost) button.current?.focus();
  }, [open]);
  if (open) return null;
  return (
    <button
      ref={button}
      type="button"
      className="rm-walk-start"
      title={t('walk.startTitle')}
      onClick={() => setWalkStep(0)}
    >
      <span aria-hidden="true">▶ </span>
      {t('walk.start')}
    </button>
  );
}
