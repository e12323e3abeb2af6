/** Shapes shared by the policy linter, its checks and its callers (editor, CLI, tab badges). */
import type { ActionInfo, ConditionKeyInfo, ResourceTypeInfo } from '../catalog';
import type { JsonPath, NormalizedStatement, ParseResult, Range } from '../policy';

export type PolicyKind = 'trust' | 'identity' | 'resource' | 'boundary' | 'scp' | 'session';

/** Severities mirror IAM Access Analyzer's finding types. */
export type Severity = 'error' | 'security' | 'warning' | 'suggestion';

export const SEVERITIES: readonly Severity[] = ['error', 'security', 'warning', 'suggestion'];

/** One text replacement of a quick fix: offsets are 0-based, [start, end) in the linted text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A quick fix as plain data, so the editor and the CLI can apply it without the engine. */
export interface FindingFix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  severity: Severity;
  /** Stable kebab-case identifier, e.g. `unknown-action`. */
  code: string;
  /** Plain English: what is wrong and why it matters. */
  message: string;
  /** JSON path such as `Statement[1].Action[3]`, or '' for the whole document. */
  path: string;
  range: Range;
  fix?: FindingFix;
}

/** The part of the catalog the linter reads; the Catalog class satisfies it. */
export interface CatalogLike {
  readonly hasIndex: boolean;
  hasService(prefix: string): boolean;
  isLoaded(prefix: string): boolean;
  serviceName(prefix: string): string | undefined;
  servicePrefixes(): readonly string[];
  getAction(action: string): ActionInfo | undefined;
  actionsOf(prefix: string): readonly ActionInfo[];
  conditionKey(name: string, contextService?: string): ConditionKeyInfo | undefined;
  resourceType(prefix: string, key: string): ResourceTypeInfo | undefined;
  resourceTypesOf(prefix: string): ResourceTypeInfo[];
}

export interface LintOptions {
  catalog?: CatalogLike;
}

/** Extra details of a report: which part of the element to underline, an explicit range, a fix. */
export interface ReportOptions {
  part?: 'value' | 'key' | 'member';
  range?: Range;
  fix?: FindingFix;
}

/** What every check sees: the parse, the statements, the catalog and a way to report. */
export interface LintContext {
  text: string;
  kind: PolicyKind;
  parse: ParseResult;
  /** The parsed document when it is an object, else undefined. */
  document: Readonly<Record<string, unknown>> | undefined;
  statements: NormalizedStatement[];
  catalog: CatalogLike | undefined;
  /** Adds a finding located at `path` (the nearest existing element when it is missing). */
  report(
    severity: Severity,
    code: string,
    message: string,
    path: JsonPath,
    options?: ReportOptions,
  ): void;
  /** The exact source range of `path`, or undefined when the element is absent. */
  rangeOf(path: JsonPath, part?: 'value' | 'key' | 'member'): Range | undefined;
  /** The range between two offsets of the text (line index built once, on first use). */
  offsetRange(start: number, end: number): Range;
}

/** One rule: its codes (for docs and tests) and the function that looks for it. */
export interface Check {
  codes: readonly string[];
  run(ctx: LintContext): void;
}
