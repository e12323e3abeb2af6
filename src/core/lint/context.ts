import {
  LineIndex,
  nearestNodeAtPath,
  normalizeStatements,
  pathKey,
  rangeOfPath,
  type JsonPath,
  type ParseResult,
  type Range,
} from '../policy';
import type { CatalogLike, Finding, LintContext, PolicyKind } from './types';

const ORIGIN: Range = {
  start: { offset: 0, line: 1, column: 1 },
  end: { offset: 0, line: 1, column: 1 },
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Builds the shared context of one lint run; findings are collected into `sink`. */
export function createContext(
  text: string,
  kind: PolicyKind,
  parse: ParseResult,
  catalog: CatalogLike | undefined,
  sink: Finding[],
): LintContext {
  const rangeOf = (path: JsonPath, part: 'value' | 'key' | 'member' = 'value') =>
    rangeOfPath(parse, path, part);
  let lines: LineIndex | undefined;
  const offsetRange = (start: number, end: number): Range => {
    lines ??= new LineIndex(text);
    return lines.range(start, end);
  };
  return {
    text,
    offsetRange,
    kind,
    parse,
    document: isRecord(parse.value) ? parse.value : undefined,
    statements: normalizeStatements(parse.value),
    catalog,
    rangeOf,
    report(severity, code, message, path, options = {}) {
      let range = options.range ?? rangeOf(path, options.part);
      if (range === undefined) {
        // A missing element: point at the key of the nearest element that exists (its opening).
        const near = nearestNodeAtPath(parse, path);
        const start = near?.range.start.offset;
        range = near?.keyRange ?? (start === undefined ? ORIGIN : offsetRange(start, start + 1));
      }
      const finding: Finding = { severity, code, message, path: pathKey(path), range };
      if (options.fix) finding.fix = options.fix;
      sink.push(finding);
    },
  };
}
