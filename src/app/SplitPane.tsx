import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useT } from '../ui/useT';
import { useStore } from '../store';

/**
 * Editor and graph side by side with a draggable (and keyboard-operable) divider; stacked on narrow
 * screens by CSS. While a drawer is open beside the graph the divider has its own, narrower place.
 */
export function SplitPane({
  left,
  right,
  drawer = false,
}: {
  left: ReactNode;
  right: ReactNode;
  drawer?: boolean;
}) {
  const t = useT();
  const fraction = useStore((s) => (drawer ? s.editorFractionDrawer : s.editorFraction));
  const setFraction = useStore((s) => (drawer ? s.setEditorFractionDrawer : s.setEditorFraction));
  const container = useRef<HTMLDivElement>(null);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId) || !container.current) return;
    const box = container.current.getBoundingClientRect();
    setFraction((e.clientX - box.left) / box.width);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowLeft') setFraction(fraction - 0.05);
    else if (e.key === 'ArrowRight') setFraction(fraction + 0.05);
    else return;
    e.preventDefault();
  };

  return (
    <div
      className="rm-split"
      ref={container}
      style={{ ['--rm-editor-fraction' as string]: String(fraction) }}
    >
      <div className="rm-split__left">{left}</div>
      <div
        className="rm-split__divider"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('app.resizer')}
        aria-valuemin={20}
        aria-valuemax={80}
        aria-valuenow={Math.round(fraction * 100)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      <div className="rm-split__right">{right}</div>
    </div>
  );
}
