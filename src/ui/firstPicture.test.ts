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

describe('afterFirstLayout', () => {
  it('comes with the laid-out picture, before it is shown', async () => {
    vi.useFakeTimers();
    const { afterFirstLayout, afterFirstPicture, markFirstLayout } = await fresh();
    const seen: string[] = [];
    void afterFirstLayout(1500).then(() => seen.push('laid out'));
    void afterFirstPicture(1500).then(() => seen.push('shown'));
    await vi.advanceTimersByTimeAsync(500);
    expect(seen).toEqual([]);
    markFirstLayout();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(['laid out']);
  });

  it('is reached too when the graph reports only the shown picture', async () => {
    vi.useFakeTimers();
    const { afterFirstLayout, markFirstPicture } = await fresh();
    let done = false;
    void afterFirstLayout(1500).then(() => (done = true));
    markFirstPicture();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('gives up waiting after its bound', async () => {
    vi.useFakeTimers();
    const { afterFirstLayout } = await fresh();
    let done = false;
    void afterFirstLayout(300).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
