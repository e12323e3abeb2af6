import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from '../../ui/useT';

// The picker (and the lookup behind it) loads when it is first opened, not with the page.
const ManagedPolicyDialog = lazy(async () => ({
  default: (await import('./ManagedPolicyDialog')).ManagedPolicyDialog,
}));

/** The "Add AWS managed policy" button beside the policy tabs, and the picker it opens. */
export function AddManagedPolicyButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // The modal dialog leaves the page without close(), so focus goes back by hand once it is gone.
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="rm-tabs__managed"
        aria-haspopup="dialog"
        aria-label={t('managed.open')}
        title={t('managed.open')}
        onClick={() => setOpen(true)}
      >
        {t('managed.openShort')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ManagedPolicyDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
