import { describe, expect, it } from 'vitest';
import { placePopover } from './popoverPlacement';

const frame = { width: 800, height: 450 };
const size = { width: 300, height: 200 };

describe('placePopover', () => {
  it('goes to the right of the node when there is room', () => {
    expect(placePopover({ left: 100, top: 50, width: 100, height: 40 }, size, frame)).toEqual({
      left: 208,
      top: 50,
    });
  });
  it('goes to the left when the right has no room, and stays inside the frame vertically', () => {
    expect(placePopover({ left: 600, top: 400, width: 150, height: 40 }, size, frame)).toEqual({
      left: 292,
      top: 246,
    });
  });
  it('goes below, then above, when neither side has room', () => {
    const narrow = { width: 480, height: 700 };
    expect(placePopover({ left: 100, top: 50, width: 280, height: 40 }, size, narrow)).toEqual({
      left: 100,
      top: 98,
    });
    expect(placePopover({ left: 100, top: 600, width: 280, height: 40 }, size, narrow)).toEqual({
      left: 100,
      top: 392,
    });
  });
  it('never leaves the frame, even when the frame is smaller than the popover', () => {
    const tiny = { width: 320, height: 240 };
    const at = placePopover({ left: 10, top: 10, width: 300, height: 200 }, size, tiny);
    expect(at.left).toBeGreaterThanOrEqual(4);
    expect(at.top).toBeGreaterThanOrEqual(4);
  });
});
