import { useEffect } from 'react';
import { useT } from '../../ui/useT';
import './workspaces.css';

const UNDO_MS = 10_000;

/** A notice with an Undo button that stays about ten seconds (Undo works any time it is shown). */
export function UndoToast({
  message,
  onUndo,
  onExpire,
}: {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
}) {
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(onExpire, UNDO_MS);
    return () => clearTimeout(timer);
  }, [message, onExpire]);
  return (
    <div className="rm-toast" role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        {t('workspaces.undo')}
      </button>
    </div>
  );
}
