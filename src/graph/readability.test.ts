import { describe, expect, it } from 'vitest';
import { fitViewport, layoutBounds, readableAtFit, zoomToRead } from './readability';

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
