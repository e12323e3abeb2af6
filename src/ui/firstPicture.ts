/**
 * The first picture's moment: the graph says when its first laid-out picture is on screen, and
 * what would slow that picture (evaluating Monaco's 4 MB chunk) waits for it. The chunk itself is
 * fetched with the page (modulepreload); only running it waits. Never waits longer than `maxMs`,
 * so an editor shows even when there is no picture (a phone's editor tab, a crashed graph).
 */
let resolveShown: () => void = () => undefined;
const shown = new Promise<void>((resolve) => {
  resolveShown = resolve;
});

/** Called by the graph once its first laid-out picture has been painted. */
export function markFirstPicture(): void {
  resolveShown();
}

/** Resolves once the first picture is on screen, or after `maxMs`, whichever comes first. */
export function afterFirstPicture(maxMs = 1500): Promise<void> {
  return Promise.race([shown, new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
}
