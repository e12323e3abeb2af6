import { afterEach, describe, expect, it, vi } from 'vitest';

// The editor's chunk waits for the first picture, and never longer than its bound.
/** The module as a page starts it, on fake timers. */
async function fresh() {
  vi.useFakeTimers();
  vi.resetModules();
  return import('./startupMoments');
}

/** Whether `wait` has resolved yet. */
function settled(wait: Promise<void>): () => boolean {
  let done = false;
  void wait.then(() => (done = true));
  return () => done;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('afterFirstPicture', () => {
  it('waits until the graph marks its first picture', async () => {
    const { afterFirstPicture, markFirstPicture } = await fresh();
    const done = settled(afterFirstPicture(1500));
    await vi.advanceTimersByTimeAsync(1000);
    expect(done()).toBe(false);
    markFirstPicture();
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('gives up waiting after its bound when no picture comes', async () => {
    const { afterFirstPicture } = await fresh();
    const done = settled(afterFirstPicture(1500));
    await vi.advanceTimersByTimeAsync(1499);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  });

  it('answers at once once the picture has been shown', async () => {
    const { afterFirstPicture, markFirstPicture } = await fresh();
    markFirstPicture();
    const done = settled(afterFirstPicture(1500));
    // Asked on every graph build: once the moment has come, no bound's timer is set.
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });
});

// The catalog and the linter wait for the editor, when one is coming, and never longer than their bound.
describe('afterEditorShown', () => {
  it('waits for the editor when it is on its way, past the first picture', async () => {
    const { afterEditorShown, editorOnItsWay, markEditorShown, markFirstPicture } = await fresh();
    editorOnItsWay();
    const done = settled(afterEditorShown(3000));
    markFirstPicture();
    await vi.advanceTimersByTimeAsync(2000);
    expect(done()).toBe(false);
    markEditorShown();
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('answers with the first picture when no editor is on its way (an embed)', async () => {
    const { afterEditorShown, markFirstPicture } = await fresh();
    const done = settled(afterEditorShown(3000));
    await vi.advanceTimersByTimeAsync(100);
    expect(done()).toBe(false);
    markFirstPicture();
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('gives up waiting after its bound when the editor never shows', async () => {
    const { afterEditorShown, editorOnItsWay, markFirstPicture } = await fresh();
    editorOnItsWay();
    markFirstPicture();
    const done = settled(afterEditorShown(3000));
    await vi.advanceTimersByTimeAsync(2999);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  });

  it('an editor asked for after the picture came without one does not hold anything back', async () => {
    const { afterEditorShown, editorOnItsWay, markFirstPicture } = await fresh();
    markFirstPicture();
    editorOnItsWay();
    const done = settled(afterEditorShown(3000));
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });
});
