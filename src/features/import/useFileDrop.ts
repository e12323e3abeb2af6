import { useEffect, useState } from 'react';

/** True while the drag carries files (not text or a link dragged within the page). */
function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Drop a file anywhere on the page to import it: hands the file to `onFile` and says whether a
 * file is being dragged over the page (for the drop hint).
 */
export function useFileDrop(enabled: boolean, onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let depth = 0;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      depth = 0;
      setDragging(false);
      if (!file) return;
      // Caught before the editor sees it: a dropped file is imported, never typed into a policy.
      e.preventDefault();
      e.stopPropagation();
      onFile(file);
    };
    const handlers = [
      ['dragover', over],
      ['dragenter', enter],
      ['dragleave', leave],
      ['drop', drop],
    ] as const;
    for (const [name, handler] of handlers) window.addEventListener(name, handler, true);
    return () => {
      for (const [name, handler] of handlers) window.removeEventListener(name, handler, true);
    };
  }, [enabled, onFile]);
  return dragging;
}
