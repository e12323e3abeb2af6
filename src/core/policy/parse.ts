import { attachComments } from './attachComments';
import { buildCompact, syntaxDiagnostics } from './compactTree';
import { LineIndex } from './lineIndex';
import { scanSource } from './scanSource';
import { TreeView, registerView } from './treeView';
import type {
  ParseDiagnostic,
  ParseOptions,
  ParseResult,
  SourceComment,
  SourceNode,
} from './types';

/** Deepest bracket nesting parsed; deeper documents get a `too-deep` diagnostic and no value. */
export const MAX_DEPTH = 256;

/**
 * Parses a policy the way people actually write it (JSON, `//` and `/* *\/` comments, the seed
 * article's `#` comments, trailing commas, a BOM) into plain data plus source ranges, comments
 * attached to elements and diagnostics; it never throws, so the editor can call it per keystroke.
 */
export function parsePolicy(text: string, options: ParseOptions = {}): ParseResult {
  const source = typeof text === 'string' ? text : '';
  const { maxChars } = options;
  if (maxChars !== undefined && source.length > maxChars) return tooLarge(source, maxChars);
  try {
    return parseText(source);
  } catch (error) {
    return failure(source, error);
  }
}

/** A text longer than the caller reads: not scanned at all, so this costs nothing however long it is. */
function tooLarge(text: string, maxChars: number): ParseResult {
  const start = { offset: 0, line: 1, column: 1 };
  return {
    value: undefined,
    ok: false,
    diagnostics: [{ code: 'too-large', maxChars, range: { start, end: start } }],
    comments: [],
    attached: new Map(),
    length: text.length,
  };
}

function parseText(text: string): ParseResult {
  const lines = new LineIndex(text);
  const scan = scanSource(text, MAX_DEPTH);
  const comments: SourceComment[] = scan.comments.map((c) => ({
    kind: c.kind,
    text: c.text,
    range: lines.range(c.start, c.end),
  }));
  const base = { comments, attached: new Map<string, SourceComment[]>(), length: text.length };

  if (!scan.hasContent) {
    const diagnostic: ParseDiagnostic = {
      code: 'empty-document',
      range: lines.range(0, text.length),
    };
    return { ...base, value: undefined, ok: false, diagnostics: [diagnostic] };
  }

  if (scan.tooDeepAt !== undefined) {
    // jsonc-parser recurses once per level, so a deeper document is refused before parsing.
    const diagnostic: ParseDiagnostic = {
      code: 'too-deep',
      maxDepth: MAX_DEPTH,
      range: lines.range(scan.tooDeepAt, scan.tooDeepAt + 1),
    };
    return { ...base, value: undefined, ok: false, diagnostics: [diagnostic] };
  }

  const build = buildCompact(scan.jsonText);
  const view = new TreeView(build.tree, lines);
  const found: ParseDiagnostic[] = syntaxDiagnostics(build, (a, b) => lines.range(a, b));
  for (const i of build.duplicates) {
    const key = build.tree.key[i] ?? '';
    found.push({
      code: 'duplicate-key',
      key,
      range: view.keyRange(i) ?? view.range(i),
      path: view.pathOf(i),
    });
  }
  const diagnostics = found
    .map((d, i) => ({ d, i }))
    .sort((x, y) => x.d.range.start.offset - y.d.range.start.offset || x.i - y.i)
    .map(({ d }) => d);
  const hasRoot = build.tree.count > 0;
  const result: ParseResult = {
    value: build.value,
    ok: !diagnostics.some((d) => d.code !== 'duplicate-key'),
    diagnostics,
    comments,
    trailingCommas: scan.trailingCommas.map((at) => lines.range(at, at + 1)),
    attached: hasRoot ? attachComments(text, view, comments) : base.attached,
    length: text.length,
    // SourceNodes are made on first use: a 5 MB policy would otherwise spend a second on them.
    // An own enumerable getter, so JSON.stringify and structured clone still see the tree.
    get root(): SourceNode | undefined {
      return hasRoot ? view.node(0) : undefined;
    },
  };
  registerView(result, view);
  return result;
}

function failure(text: string, _error: unknown): ParseResult {
  const at = { offset: 0, line: 1, column: 1 };
  return {
    value: undefined,
    ok: false,
    diagnostics: [
      {
        code: 'json-syntax',
        syntaxError: 'InternalError',
        range: { start: at, end: at },
      },
    ],
    comments: [],
    attached: new Map(),
    length: text.length,
  };
}
