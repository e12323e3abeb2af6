/**
 * A paste of megabytes goes into the editor in slices, a few milliseconds of work per task, so the
 * page keeps answering (and can show how far it has got) while Monaco takes in the text: Monaco
 * applies a paste in one task, ≈ 0.2–0.4 s for 100,000 lines on our machines. The slices are one
 * undo step, as a paste is, and the document's owner hears of the text once, when all of it is in.
 */
import type * as Monaco from 'monaco-editor/editor';

/** Pastes longer than this (in UTF-16 code units, as `String.length` counts) go in slices. */
export const BULK_PASTE_CHARS = 256 * 1024;
/** The most one slice of whole lines holds. */
export const SLICE_CHARS = 64 * 1024;
/**
 * A line longer than SLICE_CHARS goes in this much at a time: every edit of a line costs Monaco
 * the line's whole length (its view, its validation), so a long line takes few, large slices.
 */
export const LONG_LINE_SLICE_CHARS = 256 * 1024;
/** A task takes slices until this much time has gone, then yields to the page. */
const TASK_MS = 12;
/** The progress is told at most this often. */
const PROGRESS_MS = 100;

/**
 * Where the slice of `text` that starts at `from` ends (exclusive): after the last line break
 * within `max` characters; a line longer than that is cut `long` characters on. Never between the
 * two halves of a `\r\n` or of a surrogate pair (the model would read a lone `\r` as a line break
 * of its own and a lone surrogate as a broken character).
 */
export function sliceEnd(
  text: string,
  from: number,
  max = SLICE_CHARS,
  long = LONG_LINE_SLICE_CHARS,
): number {
  const limit = from + Math.max(2, max);
  if (limit >= text.length) return text.length;
  // Searched within the slice only: lastIndexOf from `limit` would walk a long line back to its start.
  const newline = text.slice(from, limit).lastIndexOf('\n');
  if (newline >= 0) return from + newline + 1;
  let end = Math.min(text.length, from + Math.max(2, long));
  if (end === text.length) return end;
  const last = text.charCodeAt(end - 1);
  if (last === 0x0d /* \r */ || (last >= 0xd800 && last <= 0xdbff)) end -= 1;
  return end;
}

/** How a sliced paste reports to its editor. */
export interface BulkPasteHooks {
  /** Whether the editor takes no edits now (Monaco's own paste is refused there too). */
  readOnly(): boolean;
  /** A sliced paste has begun (true) or ended (false); the editor is read-only in between. */
  busy(on: boolean): void;
  /** How much of the pasted text is in the editor so far. */
  progress(done: number, total: number): void;
  /** All of it is in: the model's text, once. Not called when the paste was cut short. */
  done(text: string): void;
}

/** The next task, ahead of timers (setTimeout clamps nested calls to 4 ms). */
function nextTask(run: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

/**
 * Takes over the editor's paste when the pasted text is longer than `BULK_PASTE_CHARS` and the
 * editor has one selection (Monaco's own paste spreads lines over several cursors; a text this
 * long is never that). Returns whether a sliced paste is under way, and a disposer.
 */
export function installBulkPaste(
  ed: Monaco.editor.IStandaloneCodeEditor,
  hooks: BulkPasteHooks,
): { readonly active: () => boolean; dispose(): void } {
  let active = false;
  let disposed = false;

  const run = (model: Monaco.editor.ITextModel, text: string) => {
    const selections = ed.getSelections();
    const start = selections?.[0];
    if (!start) return;
    active = true;
    hooks.busy(true);
    hooks.progress(0, text.length);
    // The paste is its own undo step, as Monaco's is: closed before the first slice and after the last.
    ed.pushUndoStop();
    let at = 0;
    let range: Monaco.IRange = start;
    let version = model.getVersionId();
    let told = performance.now();
    const finish = (complete: boolean) => {
      active = false;
      if (!model.isDisposed()) model.pushStackElement();
      hooks.busy(false);
      if (!complete || model.isDisposed()) return;
      const end = { lineNumber: range.endLineNumber, column: range.endColumn };
      if (ed.getModel() === model) {
        ed.setPosition(end);
        ed.revealPosition(end);
      }
      hooks.done(model.getValue());
    };
    const slice = () => {
      const to = sliceEnd(text, at);
      let inserted: Monaco.IRange | undefined;
      model.pushEditOperations(
        at === 0 ? selections : null,
        [{ range, text: text.slice(at, to), forceMoveMarkers: true }],
        (inverse) => {
          inserted = inverse[0]?.range;
          return null;
        },
      );
      at = to;
      if (inserted) {
        const { endLineNumber, endColumn } = inserted;
        range = {
          startLineNumber: endLineNumber,
          startColumn: endColumn,
          endLineNumber,
          endColumn,
        };
      }
      version = model.getVersionId();
    };
    const step = () => {
      // Cut short when the model went away or someone else changed its text (a lesson or a shared
      // link replaced it): what they put there stands.
      if (disposed || model.isDisposed() || model.getVersionId() !== version) return finish(false);
      const t0 = performance.now();
      // The editor shows another document now: the rest goes in at once, so this one is whole.
      const rush = ed.getModel() !== model;
      do slice();
      while (at < text.length && (rush || performance.now() - t0 < TASK_MS));
      if (at >= text.length) return finish(true);
      if (t0 - told >= PROGRESS_MS) {
        told = t0;
        hooks.progress(at, text.length);
      }
      nextTask(step);
    };
    // The paste event returns at once: the page shows the paste has begun before the first slice.
    nextTask(step);
  };

  const onPaste = (event: ClipboardEvent) => {
    if (active) {
      // A second paste while the first is going in would land in the middle of it.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const model = ed.getModel();
    if (text.length <= BULK_PASTE_CHARS || !model) return;
    if (hooks.readOnly()) return;
    if ((ed.getSelections()?.length ?? 0) !== 1) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    run(model, text);
  };
  // Capturing on the editor's container, ahead of Monaco's listener on its text area inside it.
  // Not on getDomNode(): Monaco replaces that element when the editor is given another model.
  const node = ed.getContainerDomNode();
  node.addEventListener('paste', onPaste, true);
  return {
    active: () => active,
    dispose() {
      disposed = true;
      node.removeEventListener('paste', onPaste, true);
    },
  };
}
