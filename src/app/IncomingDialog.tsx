import { useEffect, useRef } from 'react';
import type { Scenario } from '../core';
import { useT } from '../ui/useT';

/** Asks before a shared link (or an imported file) replaces the visitor's own saved workspace. */
export function IncomingDialog({
  scenario,
  source = 'link',
  onOpen,
  onKeep,
}: {
  scenario: Scenario;
  source?: 'link' | 'import';
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
      <h2 id="incoming-title">
        {t(source === 'import' ? 'import.incomingTitle' : 'share.incomingTitle')}
      </h2>
      <p>
        {t(source === 'import' ? 'import.incomingBody' : 'share.incomingBody', {
          title: scenario.title ?? scenario.role.name,
        })}
      </p>
      <div className="rm-dialog__actions">
        <button type="button" onClick={onKeep} autoFocus>
          {t('share.incomingKeep')}
        </button>
        <button type="button" className="rm-primary" onClick={onOpen}>
          {t(source === 'import' ? 'import.incomingOpen' : 'share.incomingOpen')}
        </button>
      </div>
    </dialog>
  );
}
