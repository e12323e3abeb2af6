/**
 * What "readable at fit-to-view" means in numbers (PRODUCT.md, "The picture"): the scale fit would
 * choose for a layout on a canvas, and whether the smallest type in the nodes then reads at 11px.
 */
import type { Layout } from './layout';

/** The smallest on-screen text size the picture promises, in CSS pixels. */
export const READABLE_PX = 11;
/** The smallest type inside a node at scale 1 (captions, badges; src/features/graph/view.css). */
export const SMALLEST_TYPE_PX = 12;
/** Presenter mode's type scale: its text, and the nodes holding it, grow by this much. */
export const PRESENTER_TYPE = 1.3;
/** The zoom range the canvas allows. */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2;

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room left around the picture at fit, in CSS pixels per side. */
export interface FitPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The rectangle every box of a layout lies in. */
export function layoutBounds(layout: Layout): Bounds {
  const boxes = Object.values(layout);
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The viewport fit-to-view chooses: the largest zoom (within the canvas's range) at which the bounds
 * fit inside the canvas less its padding, centred in that room.
 */
export function fitViewport(
  bounds: Bounds,
  canvas: { width: number; height: number },
  padding: FitPadding,
): { x: number; y: number; zoom: number } {
  const roomX = canvas.width - padding.left - padding.right;
  const roomY = canvas.height - padding.top - padding.bottom;
  if (bounds.width <= 0 || bounds.height <= 0 || roomX <= 0 || roomY <= 0)
    return { x: 0, y: 0, zoom: 1 };
  const raw = Math.min(roomX / bounds.width, roomY / bounds.height);
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, raw));
  const x = padding.left + (roomX - bounds.width * zoom) / 2 - bounds.x * zoom;
  const y = padding.top + (roomY - bounds.height * zoom) / 2 - bounds.y * zoom;
  return { x, y, zoom };
}

/** Whether the smallest type reads at READABLE_PX when `layout` is fitted to `canvas`. */
export function readableAtFit(
  layout: Layout,
  canvas: { width: number; height: number },
  padding: FitPadding,
  type = 1,
): boolean {
  const { zoom } = fitViewport(layoutBounds(layout), canvas, padding);
  return zoom * SMALLEST_TYPE_PX * type >= READABLE_PX;
}

/** The zoom from which the smallest type reads at READABLE_PX: action cards can be shown from here. */
export function zoomToRead(type = 1): number {
  return READABLE_PX / (SMALLEST_TYPE_PX * type);
}
