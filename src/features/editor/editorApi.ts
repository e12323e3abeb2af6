import type { TextEdit } from '../../core';

/**
 * What the panels around the editor may ask of the (lazily loaded) Monaco editor, without
 * importing Monaco: jump to a range, apply a fix as one undoable edit.
 */
export interface EditorApi {
  /** Selects [start, end) of the current text, scrolls it into view and focuses the editor. */
  reveal(start: number, end: number): void;
  /**
   * Applies edits (offsets in `expectedText`) as one undo step; returns false, changing nothing,
   * when the editor's text is no longer `expectedText`.
   */
  applyEdits(expectedText: string, edits: readonly TextEdit[], label: string): boolean;
}
