/** Where a node's details popover goes: beside the node if there is room, else below or above, always inside the frame. */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Room kept between the popover, its node and the frame's edges. */
const GAP = 8;
const EDGE = 4;

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

/**
 * Places a popover of `size` next to `anchor` inside a frame of `bounds` (all in the frame's
 * pixels), so it covers its own node only when the frame leaves no other room.
 */
export function placePopover(
  anchor: Rect,
  size: { width: number; height: number },
  bounds: { width: number; height: number },
): { left: number; top: number } {
  const right = anchor.left + anchor.width;
  const bottom = anchor.top + anchor.height;
  const maxLeft = bounds.width - size.width - EDGE;
  const maxTop = bounds.height - size.height - EDGE;
  const besideTop = clamp(anchor.top, EDGE, maxTop);
  if (right + GAP + size.width <= bounds.width - EDGE) return { left: right + GAP, top: besideTop };
  if (anchor.left - GAP - size.width >= EDGE)
    return { left: anchor.left - GAP - size.width, top: besideTop };
  const left = clamp(anchor.left, EDGE, maxLeft);
  if (bottom + GAP + size.height <= bounds.height - EDGE) return { left, top: bottom + GAP };
  if (anchor.top - GAP - size.height >= EDGE) return { left, top: anchor.top - GAP - size.height };
  return { left, top: clamp(bottom + GAP, EDGE, maxTop) };
}
