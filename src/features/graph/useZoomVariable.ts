import { useEffect, type RefObject } from 'react';
import { useStore } from '@xyflow/react';

/**
 * Keeps `--rm-zoom` on `target` equal to the graph's zoom, so what must keep its on-screen size at
 * any zoom (the focus ring) can divide by it. Writes the style directly: zooming re-renders nothing.
 */
export function useZoomVariable(target: RefObject<HTMLElement | null>): void {
  const zoom = useStore((s) => s.transform[2]);
  useEffect(() => {
    target.current?.style.setProperty('--rm-zoom', String(zoom));
  }, [zoom, target]);
}

/** Renders nothing; lives inside <ReactFlow> so it can read the zoom from React Flow's store. */
export function ZoomVariable({ target }: { target: RefObject<HTMLElement | null> }) {
  useZoomVariable(target);
  return null;
}
