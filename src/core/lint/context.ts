import {
  LineIndex,
  nearestNodeAtPath,
  pathKey,
  readPolicy,
  type JsonPath,
  type ParseResult,
  type Range,
} from '../policy';
import { isRecord } from '../util/record';
import type { CatalogLike, Finding, LintContext, DocumentKind } from './types';

const ORIGIN: Range = {
  start: { offset: 0, line: 1, column: 1 },
  end: { offset: 0, line: 1, column: 1 },
};

/** Builds the shared context of one lint run; findings are collected into `sink`. */
export function createContext(
  text: string,
  kind: DocumentKind,
  parse: ParseResult,
  catalog: CatalogLike | undefined,
  sink: Finding[],
  managed = false,
): LintContext {
  const model = readPolicy(parse);
  const rangeOf = (path: JsonPath, part: 'value' | 'key' | 'member' = 'value') =>
    model.rangeOf(path, part);
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
    model,
    statements: model.statements,
    catalog,
    managed,
    rangeOf,
    report(severity, code, params, path, options = {}) {
      let range = options.range ?? rangeOf(path, options.part);
      if (range === undefined) {
        // A missing element: point at the key of the nearest element that exists (its opening).
        const near = nearestNodeAtPath(parse, path);
        const start = near?.range.start.offset;
        range = near?.keyRange ?? (start === undefined ? ORIGIN : offsetRange(start, start + 1));
      }
      // `params` has the type `code` declares; TypeScript cannot follow a generic code into the union.
      const finding = { severity, code, params, path: pathKey(path), range } as Finding;
      if (options.fix) finding.fix = options.fix;
      sink.push(finding);
    },
  };
}
