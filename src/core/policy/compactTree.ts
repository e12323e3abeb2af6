import { printParseErrorCode, visit } from 'jsonc-parser';
import { SYNTAX_ERRORS, type SyntaxError } from './types';
import type { ParseDiagnostic, SourceNodeType } from './types';

/** Syntax diagnostics kept per document; a garbage file must not produce millions of them. */
export const MAX_SYNTAX_DIAGNOSTICS = 100;

/** Node types by code, as stored in CompactTree.type. */
export const NODE_TYPES: readonly SourceNodeType[] = [
  'object',
  'array',
  'string',
  'number',
  'boolean',
  'null',
];
const OBJECT = 0;
const ARRAY = 1;

/**
 * Every value of the document as parallel typed columns, indexed in source (pre-)order with the
 * root at 0. Building SourceNode objects for a 5 MB policy costs a second of allocation, so the
 * parser keeps this form and makes SourceNodes only when someone asks (see TreeView).
 */
export interface CompactTree {
  count: number;
  /** Index into NODE_TYPES. */
  type: Uint8Array;
  /** Index of the parent, -1 for the root. */
  parent: Int32Array;
  /** Offsets of the value: [start, end). */
  start: Int32Array;
  end: Int32Array;
  /** Offsets of the quoted key for object members, -1 otherwise. */
  keyStart: Int32Array;
  keyEnd: Int32Array;
  /** Position in the parent array, -1 for members and the root. */
  seg: Int32Array;
  /** Children of node i are childIndex[childStart[i] .. childStart[i] + childCount[i]). */
  childStart: Int32Array;
  childCount: Int32Array;
  childIndex: Int32Array;
  /** The key of object members (undefined otherwise). */
  key: (string | undefined)[];
  /** Literal value of scalars (undefined for containers). */
  scalar: unknown[];
}

/** What one jsonc-parser pass yields. */
export interface CompactBuild {
  tree: CompactTree;
  value: unknown;
  /** Syntax errors as raw offsets (ranges are made by the caller). */
  errors: { name: string; start: number; end: number }[];
  /** Node indices of object members whose key repeats an earlier key of the same object. */
  duplicates: number[];
}

interface Frame {
  index: number;
  /** For objects: the data object (null prototype); undefined for arrays. */
  obj: Record<string, unknown> | undefined;
  /** Where this container's children and (for arrays) values begin in the scratch stacks. */
  childBase: number;
  valueBase: number;
  /** Where the finished data goes: an index in the value scratch, or a key of `parentObj`. */
  slotIndex: number;
  parentObj: Record<string, unknown> | undefined;
  slotKey: string | undefined;
  /** For objects: the key waiting for its value, with its offsets. */
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
}

function literalType(literal: unknown): number {
  if (typeof literal === 'string') return 2;
  if (typeof literal === 'number') return 3;
  if (typeof literal === 'boolean') return 4;
  return 5;
}

function grow<T extends Uint8Array | Int32Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  next.set(a);
  return next;
}

function emptyTree(capacity: number): CompactTree {
  return {
    count: 0,
    type: new Uint8Array(capacity),
    parent: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    keyStart: new Int32Array(capacity),
    keyEnd: new Int32Array(capacity),
    seg: new Int32Array(capacity),
    childStart: new Int32Array(capacity),
    childCount: new Int32Array(capacity),
    childIndex: new Int32Array(capacity),
    key: [],
    scalar: [],
  };
}

/** Makes room for node `i` in every column. */
function reserve(t: CompactTree, i: number): void {
  if (i < t.type.length) return;
  const n = i + 1;
  t.type = grow(t.type, n);
  t.parent = grow(t.parent, n);
  t.start = grow(t.start, n);
  t.end = grow(t.end, n);
  t.keyStart = grow(t.keyStart, n);
  t.keyEnd = grow(t.keyEnd, n);
  t.seg = grow(t.seg, n);
  t.childStart = grow(t.childStart, n);
  t.childCount = grow(t.childCount, n);
}

/**
 * Runs jsonc-parser's visitor once and builds the compact tree and the plain value (null-prototype
 * objects, last duplicate key wins). Callers must bound the nesting depth first: jsonc-parser
 * recurses once per level.
 */
export function buildCompact(jsonText: string): CompactBuild {
  const t = emptyTree(1024);
  let childUsed = 0;
  const errors: CompactBuild['errors'] = [];
  const duplicates: number[] = [];
  const stack: Frame[] = [];
  let value: unknown;
  // Children and array values are gathered on shared stacks and copied out exactly sized when
  // their container closes.
  const childScratch: number[] = [];
  const valueScratch: unknown[] = [];

  const add = (
    type: number,
    parent: number,
    start: number,
    end: number,
    keyStart: number,
    keyEnd: number,
    seg: number,
  ): number => {
    const i = t.count++;
    reserve(t, i);
    t.type[i] = type;
    t.parent[i] = parent;
    t.start[i] = start;
    t.end[i] = end;
    t.keyStart[i] = keyStart;
    t.keyEnd[i] = keyEnd;
    t.seg[i] = seg;
    return i;
  };

  /** Adds a node for the value at [start, end) and gives its data a slot in the parent; -1 if orphaned. */
  const place = (
    type: number,
    start: number,
    end: number,
    data: unknown,
    frame: Frame | undefined,
  ): number => {
    const parent = stack[stack.length - 1];
    let i: number;
    if (parent === undefined) {
      if (t.count > 0) return -1;
      value = data;
      i = add(type, -1, start, end, -1, -1, -1);
    } else if (parent.index < 0) {
      return -1;
    } else if (parent.obj === undefined) {
      i = add(type, parent.index, start, end, -1, -1, childScratch.length - parent.childBase);
      if (frame !== undefined) frame.slotIndex = valueScratch.length;
      valueScratch.push(data);
      childScratch.push(i);
    } else {
      const key = parent.key;
      if (key === undefined) return -1;
      parent.key = undefined;
      i = add(type, parent.index, start, end, parent.keyStart, parent.keyEnd, -1);
      t.key[i] = key;
      // The data object has a null prototype, so `in` sees exactly the keys placed so far.
      if (key in parent.obj) duplicates.push(i);
      // A null-prototype object takes `__proto__` and friends as ordinary own keys.
      parent.obj[key] = data;
      if (frame !== undefined) {
        frame.parentObj = parent.obj;
        frame.slotKey = key;
      }
      childScratch.push(i);
    }
    if (frame === undefined) t.scalar[i] = data;
    return i;
  };

  const begin = (type: number, offset: number): void => {
    const obj = type === OBJECT ? (Object.create(null) as Record<string, unknown>) : undefined;
    const frame: Frame = {
      index: -1,
      obj,
      childBase: 0,
      valueBase: 0,
      slotIndex: -1,
      parentObj: undefined,
      slotKey: undefined,
      key: undefined,
      keyStart: 0,
      keyEnd: 0,
    };
    frame.index = place(type, offset, offset + 1, obj, frame);
    frame.childBase = childScratch.length;
    frame.valueBase = valueScratch.length;
    stack.push(frame);
  };

  const end = (offset: number, length: number): void => {
    const frame = stack.pop();
    if (frame === undefined) return;
    const i = frame.index;
    if (i >= 0) {
      const count = childScratch.length - frame.childBase;
      t.childIndex = grow(t.childIndex, childUsed + count);
      for (let k = 0; k < count; k++) {
        t.childIndex[childUsed + k] = childScratch[frame.childBase + k] ?? 0;
      }
      t.childStart[i] = childUsed;
      t.childCount[i] = count;
      childUsed += count;
      t.end[i] = offset + length;
    }
    childScratch.length = frame.childBase;
    let data: unknown = frame.obj;
    if (frame.obj === undefined) {
      data = valueScratch.slice(frame.valueBase);
      valueScratch.length = frame.valueBase;
    }
    if (i < 0) return;
    if (frame.parentObj !== undefined && frame.slotKey !== undefined) {
      frame.parentObj[frame.slotKey] = data;
    } else if (frame.slotIndex >= 0) valueScratch[frame.slotIndex] = data;
    else if (i === 0) value = data;
  };

  visit(
    jsonText,
    {
      onObjectBegin: (offset) => begin(OBJECT, offset),
      onArrayBegin: (offset) => begin(ARRAY, offset),
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty: (property, offset, length) => {
        const frame = stack[stack.length - 1];
        if (frame === undefined) return;
        frame.key = property;
        frame.keyStart = offset;
        frame.keyEnd = offset + length;
      },
      onLiteralValue: (literal: unknown, offset, length) => {
        place(literalType(literal), offset, offset + length, literal, undefined);
      },
      onError: (error, offset, length) => {
        if (errors.length >= MAX_SYNTAX_DIAGNOSTICS) return;
        errors.push({ name: printParseErrorCode(error), start: offset, end: offset + length });
      },
    },
    { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false },
  );
  // jsonc-parser closes every container it opens, even at the end of the text; be safe anyway.
  while (stack.length > 0) end(jsonText.length, 0);
  return { tree: t, value, errors, duplicates };
}

/** Turns raw errors into diagnostics; stray words after the document get a clearer name. */
export function syntaxDiagnostics(
  build: CompactBuild,
  range: (start: number, end: number) => ParseDiagnostic['range'],
): ParseDiagnostic[] {
  const rootEnd = build.tree.count > 0 ? (build.tree.end[0] ?? 0) : Infinity;
  return build.errors.map((e) => {
    // jsonc-parser calls a stray word after the document "InvalidSymbol"; say what it is.
    const raw = e.name === 'InvalidSymbol' && e.start >= rootEnd ? 'EndOfFileExpected' : e.name;
    const name: SyntaxError = (SYNTAX_ERRORS as readonly string[]).includes(raw)
      ? (raw as SyntaxError)
      : 'InvalidSymbol';
    return {
      code: 'json-syntax',
      syntaxError: name,
      range: range(e.start, e.end),
    };
  });
}
