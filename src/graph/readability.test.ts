import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  FAR_CAP_PX,
  FAR_TARGET_PX,
  farFromZoom,
  farMinZoom,
  fitClearOfCorner,
  fitViewport,
  layoutBounds,
  PRESENTER_FAR_TARGET_PX,
  PRESENTER_READ_PX,
  READABLE_PX,
  readableAtFit,
  zoomToRead,
} from './readability';

const pad = { top: 10, right: 10, bottom: 10, left: 10 };

describe('fit-to-view', () => {
  it('chooses the largest zoom that fits the bounds in the padded canvas, centred', () => {
    const v = fitViewport(
      { x: 0, y: 0, width: 400, height: 100 },
      { width: 220, height: 220 },
      pad,
    );
    expect(v.zoom).toBe(0.5);
    expect(v.x).toBe(10);
    expect(v.y).toBe(10 + (200 - 50) / 2);
  });

  it('takes the union of every box', () => {
    expect(
      layoutBounds({
        a: { x: 5, y: 10, width: 10, height: 10 },
        b: { x: 40, y: 0, width: 5, height: 5 },
      }),
    ).toEqual({ x: 5, y: 0, width: 40, height: 20 });
  });

  it('says a picture reads when the smallest type lands at 11px or more', () => {
    const layout = { a: { x: 0, y: 0, width: 1000, height: 100 } };
    expect(readableAtFit(layout, { width: 1020, height: 500 }, pad)).toBe(true); // zoom 1
    expect(readableAtFit(layout, { width: 800, height: 500 }, pad)).toBe(false); // zoom 0.78
    expect(zoomToRead()).toBeCloseTo(11 / 12);
  });
});

describe('the far view', () => {
  it('takes over below the zoom at which the nodes’ own 12px type reads at 11px (16px presenting)', () => {
    expect(farFromZoom(0.95, false)).toBe(false);
    expect(farFromZoom(0.9, false)).toBe(true);
    // Presenter mode's type is 1.3 × 12px: it reads at 16px from a zoom of about 1.03.
    expect(farFromZoom(1, true)).toBe(true);
    expect(farFromZoom(1.1, true)).toBe(false);
  });

  it('reads down to the zoom where its capped type lands on its target size', () => {
    expect(farMinZoom(false) * FAR_CAP_PX).toBeCloseTo(FAR_TARGET_PX);
    expect(farMinZoom(false) * FAR_CAP_PX).toBeGreaterThanOrEqual(READABLE_PX);
    expect(farMinZoom(true) * FAR_CAP_PX * 1.3).toBeCloseTo(PRESENTER_FAR_TARGET_PX);
    expect(PRESENTER_FAR_TARGET_PX).toBeGreaterThanOrEqual(PRESENTER_READ_PX);
  });

  it('is drawn by view.css with these same sizes', () => {
    const css = readFileSync(new URL('../features/graph/view.css', import.meta.url), 'utf8');
    expect(css).toContain(`.rm-canvas { --rm-read: ${FAR_TARGET_PX}px;`);
    expect(css).toContain(`.rm-canvas.is-presenter { --rm-read: ${PRESENTER_FAR_TARGET_PX}px; }`);
    expect(css).toContain(`calc(${FAR_CAP_PX}px * var(--rm-type))`);
  });
});

describe('fit with a floor (an embed opens no smaller than its far view reads)', () => {
  it('keeps the floor and shows the picture’s start where it overflows, centring where it fits', () => {
    const v = fitViewport(
      { x: 100, y: 50, width: 1000, height: 200 },
      { width: 420, height: 420 },
      pad,
      0.6,
    );
    expect(v.zoom).toBe(0.6);
    // 600px wide at 0.6 in 400px of room: its left edge at the padding.
    expect(v.x).toBeCloseTo(10 - 100 * 0.6);
    // 120px tall in 400px of room: centred.
    expect(v.y).toBeCloseTo(10 + (400 - 120) / 2 - 50 * 0.6);
  });

  it('is plain fit when the fit is above the floor', () => {
    const box = { x: 0, y: 0, width: 400, height: 100 };
    expect(fitViewport(box, { width: 220, height: 220 }, pad, 0.3)).toEqual(
      fitViewport(box, { width: 220, height: 220 }, pad),
    );
  });
});

describe('fitClearOfCorner', () => {
  const canvas = { width: 800, height: 600 };
  const pad = { top: 12, right: 12, bottom: 12, left: 12 };
  const corner = { width: 50, height: 200 };

  it('keeps the ordinary fit when no card reaches under the corner', () => {
    // A wide, low picture: at the ordinary fit its cards sit below the corner's 200px.
    const layout = {
      a: { x: 0, y: 300, width: 100, height: 50 },
      b: { x: 900, y: 300, width: 100, height: 50 },
    };
    expect(fitClearOfCorner(layout, canvas, pad, corner)).toEqual(
      fitViewport(layoutBounds(layout), canvas, pad),
    );
  });

  it('fits again with room beside the corner when a card would sit under it', () => {
    const layout = {
      a: { x: 0, y: 0, width: 100, height: 50 },
      b: { x: 900, y: 0, width: 100, height: 50 },
      c: { x: 0, y: 500, width: 100, height: 50 },
    };
    const vp = fitClearOfCorner(layout, canvas, pad, corner);
    expect(vp).toEqual(fitViewport(layoutBounds(layout), canvas, { ...pad, right: 62 }));
    // The rightmost card now ends left of the corner.
    expect(vp.x + 1000 * vp.zoom).toBeLessThanOrEqual(canvas.width - corner.width + 0.001);
  });
});
