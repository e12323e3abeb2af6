/** Where a node's text stands in the editor, read from the statement model's values. */
import type { DocId, JsonPath, Located } from '../core';
import type { SourceRef } from './types';

/**
 * Points at one element of a document: its path and source offsets (0 for policies given as
 * plain data, which have no text), so a click on the node can reveal the element.
 */
export function sourceOf(doc: DocId, element: Located): SourceRef {
  const range = element.range;
  return {
    doc,
    path: element.path,
    start: range?.start.offset ?? 0,
    end: range?.end.offset ?? 0,
  };
}

/** Points at the span from the first to the last of several values, under one element's path. */
export function spanOf(
  doc: DocId,
  path: JsonPath,
  first: Located | undefined,
  last: Located | undefined,
  fallback: Located,
): SourceRef {
  const start = (first ?? fallback).range?.start.offset ?? 0;
  const end = (last ?? fallback).range?.end.offset ?? 0;
  return { doc, path, start, end };
}

/** Points at a whole document (a policy node, a layer), from its first to its last character. */
export function wholeDocument(doc: DocId, length: number): SourceRef {
  return { doc, path: [], start: 0, end: length };
}
