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
    // Asked on every graph build: once the moment has come, no bound's timer is set.
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });
});

// The catalog and the linter wait for the editor, when one is coming, and never longer than their bound.
describe('afterEditorShown', () => {
  it('waits for the editor when it is on its way, past the first picture', async () => {
    vi.useFakeTimers();
    const { afterEditorShown, editorOnItsWay, markEditorShown, markFirstPicture } = await fresh();
    editorOnItsWay();
    let done = false;
    void afterEditorShown(3000).then(() => (done = true));
    markFirstPicture();
    await vi.advanceTimersByTimeAsync(2000);
    expect(done).toBe(false);
    markEditorShown();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('answers with the first picture when no editor is on its way (an embed)', async () => {
    vi.useFakeTimers();
    const { afterEditorShown, markFirstPicture } = await fresh();
    let done = false;
    void afterEditorShown(3000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(false);
    markFirstPicture();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('gives up waiting after its bound when the editor never shows', async () => {
    vi.useFakeTimers();
    const { afterEditorShown, editorOnItsWay, markFirstPicture } = await fresh();
    editorOnItsWay();
    markFirstPicture();
    let done = false;
    void afterEditorShown(3000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(2999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('an editor asked for after the picture came without one does not hold anything back', async () => {
    vi.useFakeTimers();
    const { afterEditorShown, editorOnItsWay, markFirstPicture } = await fresh();
    markFirstPicture();
    editorOnItsWay();
    let done = false;
    void afterEditorShown(3000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });
});
