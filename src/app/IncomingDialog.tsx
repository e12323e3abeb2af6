import { useEffect, useRef } from 'react';
import type { IncomingScenario } from '../store';
import { useT } from '../ui/useT';
import './share.css';

/**
 * Asks where a scenario from outside (a share link, an imported file) goes: a new workspace (the
 * default, focused), in place of the current one, or nowhere (Esc too).
 */
export function IncomingDialog({
  incoming,
  onNew,
  onReplace,
  onCancel,
}: {
  incoming: IncomingScenario;
  onNew: () => void;
  onReplace: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // showModal focuses the first button (Cancel): the default choice takes the focus instead.
    primary.current?.focus();
  }, []);
  const { scenario, source } = incoming;
  const title = scenario.title ?? scenario.role.name;
  return (
    <dialog
      ref={ref}
      className="rm-dialog rm-incoming"
      aria-labelledby="incoming-title"
      onCancel={onCancel}
    >
      <h2 id="incoming-title">
        {t(source === 'link' ? 'incoming.title.link' : 'incoming.title.import')}
      </h2>
      <p>{t(source === 'link' ? 'incoming.body.link' : 'incoming.body.import', { title })}</p>
      <div className="rm-dialog__actions">
        <button type="button" onClick={onCancel}>
          {t('incoming.cancel')}
        </button>
        <button type="button" onClick={onReplace}>
          {t('incoming.replace')}
        </button>
        <button type="button" className="rm-primary" onClick={onNew} ref={primary}>
          {t('incoming.new')}
        </button>
      </div>
    </dialog>
  );
}
