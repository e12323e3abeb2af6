import { useEffect, type RefObject } from 'react';

/** Opens a `<dialog>` as a modal when it mounts (the app's dialogs all open so: focus trapped, Esc closes). */
export function useShowModal(ref: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, [ref]);
}
