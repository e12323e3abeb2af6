import { useEffect, useRef } from 'react';
import type { Scenario } from '../core';
import { useT } from '../ui/useT';

/** Asks before a shared link replaces the visitor's own saved workspace. */
export function IncomingDialog({
  scenario,
  onOpen,
  onKeep,
}: {
  scenario: Scenario;
  onOpen: () => void;
  onKeep: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="rm-dialog" aria-labelledby="incoming-title" onCancel={onKeep}>
      <h2 id="incoming-title">{t('share.incomingTitle')}</h2>
      <p>{t('share.incomingBody', { title: scenario.title ?? scenario.role.name })}</p>
      <div className="rm-dialog__actions">
        <button type="button" onClick={onKeep} autoFocus>
          {t('share.incomingKeep')}
        </button>
        <button type="button" className="rm-primary" onClick={onOpen}>
          {t('share.incomingOpen')}
        </button>
      </div>
    </dialog>
  );
}
