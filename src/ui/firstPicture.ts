/**
 * The first picture's two moments, as the graph reports them: laid out (its nodes placed and
 * committed, about to be measured) and shown (painted). What would slow that picture waits:
 * fetching and compiling Monaco's 4 MB chunk starts once the picture is laid out (it competes for
 * the CPU, not the main thread), and running it once the picture is shown. Neither wait lasts
 * longer than `maxMs`, so an editor shows even with no picture (a phone's editor tab, a crashed
 * graph).
 */
function moment(): { reached: Promise<void>; mark: () => void } {
  let mark: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => {
    mark = resolve;
  });
  return { reached, mark };
}

const laidOut = moment();
const shown = moment();

function within(reached: Promise<void>, maxMs: number): Promise<void> {
  return Promise.race([reached, new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
}

/** Called by the graph once its first laid-out picture is committed, before it is painted. */
export function markFirstLayout(): void {
  laidOut.mark();
}

/** Called by the graph once its first laid-out picture has been painted. */
export function markFirstPicture(): void {
  laidOut.mark();
  shown.mark();
}

/** Resolves once the first picture is laid out, or after `maxMs`, whichever comes first. */
export function afterFirstLayout(maxMs = 1500): Promise<void> {
  return within(laidOut.reached, maxMs);
}

/** Resolves once the first picture is on screen, or after `maxMs`, whichever comes first. */
export function afterFirstPicture(maxMs = 1500): Promise<void> {
  return within(shown.reached, maxMs);
}
