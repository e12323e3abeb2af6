import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../ui/useT';

const ExportDialog = lazy(() =>
  import('./ExportDialog').then((m) => ({ default: m.ExportDialog })),
);

/** Hooks for the button's host: a menu that closes when the dialog opens, and gets focus back after. */
interface Props {
  onOpen?: () => void;
  /** Where focus goes when the dialog closes (default: this button). */
  onClosed?: () => void;
}

/**
 * The Export entry of the top bar's menu. The dialog (and the render code) load when it is first
 * opened, and live on the page's body, so it stays open when the menu holding the button closes.
 */
export function ExportButton({ onOpen, onClosed }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus goes back to the button once the dialog has left the page (while it is modal the rest of
  // the page is inert and cannot take focus).
  useEffect(() => {
    if (wasOpen.current && !open) (onClosed ?? (() => button.current?.focus()))();
    wasOpen.current = open;
  }, [open, onClosed]);
  return (
    <>
      <button
        type="button"
        ref={button}
        aria-haspopup="dialog"
        onClick={() => {
          onOpen?.();
          setOpen(true);
        }}
      >
        {t('export.open')}
      </button>
      {open
        ? createPortal(
            <Suspense fallback={null}>
              <ExportDialog onClose={() => setOpen(false)} />
            </Suspense>,
            document.body,
          )
        : null}
    </>
  );
}
