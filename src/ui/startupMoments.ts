/**
 * The page's first moments, as the graph and the editor report them. What would slow the first
 * picture waits for it: Monaco's 3.5 MB chunk is fetched, compiled and run only once the picture
 * is on screen. Fetched in the same task that draws the picture, its download and background
 * compile competed with painting it on two cores. What would slow the editor waits for the
 * editor in turn: the IAM catalog's chunks and the lint worker, whose fetching, compiling and
 * rebuilding competed with Monaco's. No wait outlasts its bound, so an editor shows with no
 * picture (a phone's editor tab, a crashed graph) and the catalog loads with no editor (an embed,
 * which has none; an editor that failed to load). On a phone both panes stay mounted, so the
 * catalog waits for the editor there too.
 */
/** A moment of the page's start: a promise kept once it is marked, and whether it has been. */
interface Moment {
  reached: Promise<void>;
  done: boolean;
  mark: () => void;
}

function moment(): Moment {
  let resolve: () => void = () => undefined;
  const reached = new Promise<void>((r) => (resolve = r));
  const at: Moment = {
    reached,
    done: false,
    mark: () => {
      at.done = true;
      resolve();
    },
  };
  return at;
}

/** `reached`, or `maxMs` from now if that comes first; no timer once it has been reached. */
function within(at: Moment, maxMs: number): Promise<void> {
  if (at.done) return at.reached;
  return Promise.race([at.reached, new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
}

const picture = moment();
const editor = moment();
let editorComing = false;

/** Called by the graph once its first laid-out picture has been painted. */
export function markFirstPicture(): void {
  picture.mark();
  // No editor on its way by the time the picture is up: nothing for the rest to wait for.
  if (!editorComing) editor.mark();
}

/** Resolves once the first picture is on screen, or after `maxMs`, whichever comes first. */
export function afterFirstPicture(maxMs = 1500): Promise<void> {
  return within(picture, maxMs);
}

/** Called by the editor panel when it starts loading the editor: later work waits for it. */
export function editorOnItsWay(): void {
  if (!editor.done) editorComing = true;
}

/** Called once the editor has been painted with its text. */
export function markEditorShown(): void {
  editor.mark();
}

/**
 * Resolves once the editor is on screen; at once when the first picture came with no editor on
 * its way; after `maxMs` in any case.
 */
export function afterEditorShown(maxMs = 3000): Promise<void> {
  return within(editor, maxMs);
}
