/** Source positions, comments and the parse result shared by lint, graph and the editor. */

/** A position in the source text: `offset` is 0-based (UTF-16 code units), `line`/`column` are 1-based. */
export interface Position {
  offset: number;
  line: number;
  column: number;
}

/** A half-open range [start, end) in the source text. */
export interface Range {
  start: Position;
  end: Position;
}

/** A JSON path as segments, e.g. ['Statement', 1, 'Action', 3]. */
export type JsonPath = ReadonlyArray<string | number>;

export type CommentKind = 'line' | 'block' | 'hash';

/** A comment found in the source; `text` is trimmed and has its `//`, `#` or `/* *\/` markers removed. */
export interface SourceComment {
  kind: CommentKind;
  text: string;
  range: Range;
}

export type ParseDiagnosticCode =
  'json-syntax' | 'empty-document' | 'too-deep' | 'duplicate-key' | 'too-large';

/** jsonc-parser's names of syntax errors (plus InternalError for a bug of ours), worded by i18n. */
export const SYNTAX_ERRORS = [
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidCommentToken',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
  'InternalError',
] as const;
export type SyntaxError = (typeof SYNTAX_ERRORS)[number];

/** A problem found while parsing; parsing never throws. It says what, not in which words. */
export interface ParseDiagnostic {
  code: ParseDiagnosticCode;
  range: Range;
  /** Path of the element the diagnostic concerns, when known. */
  path?: JsonPath;
  /**
   * For `json-syntax`: which rule was broken, as jsonc-parser names it (`CommaExpected`,
   * `UnexpectedEndOfString`, `CloseBraceExpected`, …), so a UI can word the message itself.
   */
  syntaxError?: SyntaxError;
  /** For `duplicate-key`: the key. */
  key?: string;
  /** For `too-deep`: the deepest nesting parsed. */
  maxDepth?: number;
  /** For `too-large`: the most characters the caller reads (the text was not parsed). */
  maxChars?: number;
}

/** How much a caller is willing to parse. */
export interface ParseOptions {
  /**
   * Longer texts are not parsed: the result has no value and one `too-large` diagnostic. The page
   * sets this so a pasted multi-megabyte document never blocks it; the CLI reads what it is given.
   */
  maxChars?: number;
}

export type SourceNodeType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** One JSON value with where it stands in the source. */
export interface SourceNode {
  type: SourceNodeType;
  path: JsonPath;
  /** Range of the value itself. */
  range: Range;
  /** For object members: range of the key string (quotes included). */
  keyRange?: Range;
  /** Children: object members (in source order, duplicates kept) or array elements. */
  children?: SourceNode[];
  /** For object members: the key. */
  key?: string;
  /** Scalar value for string/number/boolean/null. */
  value?: string | number | boolean | null;
}

/** The result of a tolerant parse: best-effort document plus everything the editor needs. */
export interface ParseResult {
  /** The document as plain JSON data (objects have a null prototype), or undefined when nothing could be recovered. */
  value: unknown;
  /** True when the text is strict-enough JSON(C) to trust: no syntax diagnostics. Comments and trailing commas are allowed. */
  ok: boolean;
  root?: SourceNode;
  diagnostics: ParseDiagnostic[];
  comments: SourceComment[];
  /**
   * Trailing commas (`[1, 2,]`): parsed, as editors write them, but AWS's JSON parser rejects them,
   * so lint reports them as it does comments. Absent when the text could not be scanned.
   */
  trailingCommas?: Range[];
  /** Comments attached to an element, keyed by pathKey(path). */
  attached: ReadonlyMap<string, SourceComment[]>;
  /** Length of the text that was parsed. */
  length: number;
}

/** Canonical string form of a path: `Statement[1].Action[3]`. */
export function pathKey(path: JsonPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}
