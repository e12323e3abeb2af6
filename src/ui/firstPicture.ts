/**
 * The first picture's moment, as the graph reports it: shown (painted). What would slow that
 * picture waits for it: Monaco's 4 MB chunk is fetched, compiled and run only once the picture is
 * on screen. Fetched in the same task that draws the picture, its download and background compile
 * competed with painting it on two cores. The wait never lasts longer than `maxMs`, so an editor
 * shows even with no picture (a phone's editor tab, a crashed graph).
 */
let mark: () => void = () => undefined;
const shown = new Promise<void>((resolve) => {
  mark = resolve;
});

/** Called by the graph once its first laid-out picture has been painted. */
export function markFirstPicture(): void {
  mark();
}

/** Resolves once the first picture is on screen, or after `maxMs`, whichever comes first. */
export function afterFirstPicture(maxMs = 1500): Promise<void> {
  return Promise.race([shown, new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
}
