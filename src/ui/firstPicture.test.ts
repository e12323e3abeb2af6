import { afterEach, describe, expect, it, vi } from 'vitest';

// The editor's chunk waits for the first picture, and never longer than its bound.
async function fresh() {
  vi.resetModules();
  return import('./firstPicture');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('afterFirstPicture', () => {
  it('waits until the graph marks its first picture', async () => {
    vi.useFakeTimers();
    const { afterFirstPicture, markFirstPicture } = await fresh();
    let done = false;
    void afterFirstPicture(1500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toBe(false);
    markFirstPicture();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('gives up waiting after its bound when no picture comes', async () => {
    vi.useFakeTimers();
    const { afterFirstPicture } = await fresh();
    let done = false;
    void afterFirstPicture(1500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('answers at once once the picture has been shown', async () => {
    vi.useFakeTimers();
    const { afterFirstPicture, markFirstPicture } = await fresh();
    markFirstPicture();
    let done = false;
    void afterFirstPicture(1500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });
});
