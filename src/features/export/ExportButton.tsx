import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../ui/useT';

const ExportDialog = lazy(() =>
  import('./ExportDialog').then((m) => ({ default: m.ExportDialog })),
);

/**
 * The top bar's Export button. The dialog (and the render code) load when it is first opened, and
 * live on the page's body, so the button works from the folded ☰ menu too.
 */
export function ExportButton({ onOpen }: { onOpen?: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus goes back to the button once the dialog has left the page (while it is modal the rest of
  // the page is inert and cannot take focus).
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
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
