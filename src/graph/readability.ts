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
/** The smallest on-screen text size presenter mode promises (a projector, a room away). */
export const PRESENTER_READ_PX = 16;
/**
 * The far view's type (view.css): below the zoom at which the nodes' own type reads, each node draws
 * its kind and name only, at a size set for the screen (FAR_TARGET_PX ÷ zoom) up to FAR_CAP_PX
 * (× the type scale) in the node's own units, so its name still fits its box.
 */
export const FAR_TARGET_PX = 11.6;
/** The far view's type size on screen in presenter mode (a little over PRESENTER_READ_PX). */
export const PRESENTER_FAR_TARGET_PX = 16.4;
export const FAR_CAP_PX = 19;
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
 * fit inside the canvas less its padding, centred in that room. With a `floor` (an embed's far
 * view must still read), never below it: the picture then overflows, and its start is in view.
 */
export function fitViewport(
  bounds: Bounds,
  canvas: { width: number; height: number },
  padding: FitPadding,
  floor = MIN_ZOOM,
): { x: number; y: number; zoom: number } {
  const roomX = canvas.width - padding.left - padding.right;
  const roomY = canvas.height - padding.top - padding.bottom;
  if (bounds.width <= 0 || bounds.height <= 0 || roomX <= 0 || roomY <= 0)
    return { x: 0, y: 0, zoom: 1 };
  const raw = Math.min(roomX / bounds.width, roomY / bounds.height);
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, floor, raw));
  // Centred on each axis the picture fits; where it does not (the floor), its start is shown.
  const place = (room: number, size: number, start: number, pad: number) =>
    size * zoom <= room ? pad + (room - size * zoom) / 2 - start * zoom : pad - start * zoom;
  const x = place(roomX, bounds.width, bounds.x, padding.left);
  const y = place(roomY, bounds.height, bounds.y, padding.top);
  return { x, y, zoom };
}

/**
 * Fit-to-view that keeps the cards clear of a control drawn over the canvas's top-right corner
 * (the zoom buttons' column, `corner` in canvas pixels from the right edge and down from the
 * top): when the ordinary fit would put a card under it, fit again with that much more room on
 * the right. Pictures that do not reach the corner keep the ordinary, larger fit.
 */
export function fitClearOfCorner(
  layout: Layout,
  canvas: { width: number; height: number },
  padding: FitPadding,
  corner: { width: number; height: number } | undefined,
  floor = MIN_ZOOM,
): { x: number; y: number; zoom: number } {
  const bounds = layoutBounds(layout);
  const vp = fitViewport(bounds, canvas, padding, floor);
  if (!corner || corner.width <= 0 || corner.height <= 0) return vp;
  const left = canvas.width - corner.width;
  const under = Object.values(layout).some(
    (b) => vp.x + (b.x + b.width) * vp.zoom > left && vp.y + b.y * vp.zoom < corner.height,
  );
  return under
    ? fitViewport(bounds, canvas, { ...padding, right: padding.right + corner.width }, floor)
    : vp;
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

/** The on-screen size text must reach: 11px, or presenter mode's larger type. */
export function readPx(presenter: boolean): number {
  return presenter ? PRESENTER_READ_PX : READABLE_PX;
}

/** Whether, at this zoom, the nodes' own type is too small and the far view draws them instead. */
export function farFromZoom(zoom: number, presenter: boolean): boolean {
  const type = presenter ? PRESENTER_TYPE : 1;
  return zoom * SMALLEST_TYPE_PX * type < readPx(presenter);
}

/** The lowest zoom at which the far view's type still reads (its type is capped to fit the boxes). */
export function farMinZoom(presenter: boolean): number {
  const type = presenter ? PRESENTER_TYPE : 1;
  const target = presenter ? PRESENTER_FAR_TARGET_PX : FAR_TARGET_PX;
  return target / (FAR_CAP_PX * type);
}
