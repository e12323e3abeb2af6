import { useEffect, type RefObject } from 'react';
import { useStore as useFlowStore } from '@xyflow/react';
import { farFromZoom } from '../../graph';
import { useStore } from '../../store';

/**
 * Keeps `--rm-zoom` on `target` equal to the graph's zoom, so what must keep its on-screen size at
 * any zoom (the focus ring, the far view's type) can divide by it, and `data-far` on it while the
 * zoom is too low for the nodes' own type to read: the far view (view.css) then draws each node's
 * kind and name only, in type sized for the screen. Writes to the element directly: zooming
 * re-renders nothing.
 */
export function useZoomVariable(target: RefObject<HTMLElement | null>): void {
  const zoom = useFlowStore((s) => s.transform[2]);
  const presenter = useStore((s) => s.presenter);
  useEffect(() => {
    const el = target.current;
    if (!el) return;
    el.style.setProperty('--rm-zoom', String(zoom));
    el.setAttribute('data-far', String(farFromZoom(zoom, presenter)));
  }, [zoom, presenter, target]);
}

/** Renders nothing; lives inside <ReactFlow> so it can read the zoom from React Flow's store. */
export function ZoomVariable({ target }: { target: RefObject<HTMLElement | null> }) {
  useZoomVariable(target);
  return null;
}
