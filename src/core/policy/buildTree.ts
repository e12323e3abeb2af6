import { printParseErrorCode, visit } from 'jsonc-parser';
import type { LineIndex } from './lineIndex';
import type { ParseDiagnostic, SourceNode } from './types';

/** Syntax diagnostics kept per document; a garbage file must not produce millions of them. */
export const MAX_SYNTAX_DIAGNOSTICS = 100;

/** The tree, the plain value and the diagnostics of one jsonc-parser pass. */
export interface TreeBuild {
  root: SourceNode | undefined;
  value: unknown;
  diagnostics: ParseDiagnostic[];
  /** Every node in source (pre-)order; the root first. */
  nodes: SourceNode[];
}

interface Frame {
  node: SourceNode;
  /** For objects: the data object (null prototype); undefined for arrays. */
  obj: Record<string, unknown> | undefined;
  /** Where this container's children and (for arrays) values begin in the scratch stacks. */
  childBase: number;
  valueBase: number;
  /** Where the finished data goes: an index in the value scratch, a key of `parentObj`, or root. */
  slotIndex: number;
  parentObj: Record<string, unknown> | undefined;
  slotKey: string | undefined;
  /** For objects: the key waiting for its value, with its offsets. */
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
}

/** Stands in for the node of a container that has no place in the tree (after a syntax error). */
const ORPHAN: SourceNode = {
  type: 'null',
  path: [],
  range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } },
};

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character: this is not valid JSON here.',
  InvalidNumberFormat: 'Invalid number.',
  PropertyNameExpected: 'A property name in double quotes is expected.',
  ValueExpected: 'A value is expected.',
  ColonExpected: 'A colon (:) is expected after the property name.',
  CommaExpected: 'A comma (,) is expected.',
  CloseBraceExpected: 'A closing brace (}) is expected.',
  CloseBracketExpected: 'A closing bracket (]) is expected.',
  EndOfFileExpected: 'Unexpected text after the end of the document.',
  InvalidCommentToken: 'Comments are not allowed here.',
  UnexpectedEndOfComment: 'The block comment is not closed with */.',
  UnexpectedEndOfString: 'The string is not closed with a double quote.',
  UnexpectedEndOfNumber: 'The number is incomplete.',
  InvalidUnicode: 'Invalid \\u escape: four hexadecimal digits are expected.',
  InvalidEscapeCharacter: 'Invalid escape sequence in the string.',
  InvalidCharacter: 'Control characters must be escaped inside strings.',
};

/**
 * Runs jsonc-parser's visitor once and builds, in the same pass, the SourceNode tree with ranges
 * and paths, the plain value (null-prototype objects, last duplicate wins) and the diagnostics.
 * Callers must bound the nesting depth first: jsonc-parser recurses once per level.
 */
export function buildTree(jsonText: string, lines: LineIndex): TreeBuild {
  const diagnostics: ParseDiagnostic[] = [];
  const nodes: SourceNode[] = [];
  const stack: Frame[] = [];
  let root: SourceNode | undefined;
  let rootTaken = false;
  let value: unknown;
  let syntaxErrors = 0;
  // Children and array values are gathered on shared stacks and copied out exactly sized when
  // their container closes: arrays grown by push keep spare capacity, which adds up at 5 MB.
  const childScratch: SourceNode[] = [];
  const valueScratch: unknown[] = [];

  /** Creates the node for a value at [start, end) and gives its data a slot in the parent. */
  const place = (
    type: SourceNode['type'],
    start: number,
    end: number,
    data: unknown,
    frame: Frame | undefined,
  ): SourceNode | undefined => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      if (rootTaken) return undefined;
      rootTaken = true;
      const node: SourceNode = { type, path: [], range: lines.range(start, end) };
      root = node;
      value = data;
      nodes.push(node);
      return node;
    }
    let node: SourceNode;
    if (parent.obj === undefined) {
      const index = childScratch.length - parent.childBase;
      node = { type, path: parent.node.path.concat(index), range: lines.range(start, end) };
      if (frame !== undefined) frame.slotIndex = valueScratch.length;
      valueScratch.push(data);
    } else {
      const key = parent.key;
      if (key === undefined) return undefined;
      parent.key = undefined;
      const path = parent.node.path.concat(key);
      const keyRange = lines.range(parent.keyStart, parent.keyEnd);
      node = { type, path, range: lines.range(start, end), keyRange, key };
      // The data object has a null prototype, so `in` sees exactly the keys placed so far.
      if (key in parent.obj) {
        diagnostics.push({
          code: 'duplicate-key',
          message: `Duplicate key "${key}": only the last one counts.`,
          range: keyRange,
          path,
        });
      }
      // A null-prototype object takes `__proto__` and friends as ordinary own keys.
      parent.obj[key] = data;
      if (frame !== undefined) {
        frame.parentObj = parent.obj;
        frame.slotKey = key;
      }
    }
    childScratch.push(node);
    nodes.push(node);
    return node;
  };

  const begin = (type: 'object' | 'array', offset: number): void => {
    const obj = type === 'object' ? (Object.create(null) as Record<string, unknown>) : undefined;
    const frame: Frame = {
      node: ORPHAN,
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
    // An orphan container (no key) still gets a frame so that begin/end stay balanced.
    const node = place(type, offset, offset + 1, obj, frame);
    if (node !== undefined) frame.node = node;
    frame.childBase = childScratch.length;
    frame.valueBase = valueScratch.length;
    stack.push(frame);
  };

  const end = (offset: number, length: number): void => {
    const frame = stack.pop();
    if (frame === undefined) return;
    const node = frame.node;
    const children = childScratch.slice(frame.childBase);
    childScratch.length = frame.childBase;
    let data: unknown = frame.obj;
    if (frame.obj === undefined) {
      data = valueScratch.slice(frame.valueBase);
      valueScratch.length = frame.valueBase;
    }
    if (node === ORPHAN) return;
    node.children = children;
    // The start Position made at the opening bracket is kept; only the end moves.
    node.range.end = lines.position(offset + length);
    if (frame.parentObj !== undefined && frame.slotKey !== undefined) {
      frame.parentObj[frame.slotKey] = data;
    } else if (frame.slotIndex >= 0) valueScratch[frame.slotIndex] = data;
    else if (node === root) value = data;
  };

  visit(
    jsonText,
    {
      onObjectBegin: (offset) => begin('object', offset),
      onArrayBegin: (offset) => begin('array', offset),
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
        const type = literalType(literal);
        const node = place(type, offset, offset + length, literal, undefined);
        if (node !== undefined) node.value = literal as SourceNode['value'];
      },
      onError: (error, offset, length) => {
        if (++syntaxErrors > MAX_SYNTAX_DIAGNOSTICS) return;
        const name = printParseErrorCode(error);
        diagnostics.push({
          code: 'json-syntax',
          message: MESSAGES[name] ?? 'Invalid JSON.',
          syntaxError: name,
          range: lines.range(offset, offset + length),
        });
      },
    },
    { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false },
  );
  // jsonc-parser closes every container it opens, even at the end of the text; be safe anyway.
  while (stack.length > 0) end(jsonText.length, 0);
  markTrailingText(diagnostics, root);
  return { root, value, diagnostics, nodes };
}

/** jsonc-parser calls stray words after the document "InvalidSymbol"; say what it is. */
function markTrailingText(diagnostics: ParseDiagnostic[], root: SourceNode | undefined): void {
  if (root === undefined) return;
  const end = root.range.end.offset;
  for (const d of diagnostics) {
    if (d.syntaxError === 'InvalidSymbol' && d.range.start.offset >= end) {
      d.syntaxError = 'EndOfFileExpected';
      d.message = MESSAGES['EndOfFileExpected'] ?? d.message;
    }
  }
}

function literalType(literal: unknown): SourceNode['type'] {
  if (literal === null) return 'null';
  if (typeof literal === 'string') return 'string';
  if (typeof literal === 'number') return 'number';
  return 'boolean';
}
