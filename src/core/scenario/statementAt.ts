/** The statement a graph node's text stands in, for readers who cannot see the editor (an embed). */
import type { StatementName } from '../evaluate/codes';
import { statementName } from '../evaluate/labels';
import { parsePolicy } from '../policy/parse';
import { readPolicy } from '../policy/statements';
import type { JsonPath, ParseResult } from '../policy/types';
import { docById, type ScenarioDoc } from './docs';
import type { DocId, Scenario } from './types';

/** One statement of a scenario document: which document, its name, and its text as written. */
export interface StatementSource {
  doc: ScenarioDoc;
  statement: StatementName;
  /** The statement's source text, comments and formatting as the author wrote them. */
  text: string;
  /** How far the statement's first line stands indented (its column − 1), for dedenting the rest. */
  indent: number;
}

function isPrefix(prefix: JsonPath, path: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => seg === path[i]);
}

/** Finds the statement holding a JSON path of a document, or undefined when none holds it. */
export function statementAt(
  scenario: Scenario,
  id: DocId,
  path: JsonPath,
  parse: (text: string) => ParseResult = parsePolicy,
): StatementSource | undefined {
  const doc = docById(scenario, id);
  if (!doc) return undefined;
  const st = readPolicy(parse(doc.text)).statements.find((s) => isPrefix(s.path, path));
  const range = st?.range;
  if (!st || !range) return undefined;
  return {
    doc,
    statement: statementName({ index: st.index, sid: st.sid?.value }),
    text: doc.text.slice(range.start.offset, range.end.offset),
    indent: range.start.column - 1,
  };
}
