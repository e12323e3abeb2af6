/** Shapes shared by the policy linter, its checks and its callers (editor, CLI, tab badges). */
import type { ActionInfo, ConditionKeyInfo, ResourceTypeInfo } from '../catalog';
import type { JsonPath, PolicyModel, PolicyStatement, ParseResult, Range } from '../policy';
import type { Coded } from '../util/coded';
import type { FixTitle, LintCode, LintParams } from './codes';

export type { DocumentKind } from '../policy/kinds';
import type { DocumentKind } from '../policy/kinds';

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
  /** What the fix does, as a code with params (i18n words it). */
  title: FixTitle;
  edits: TextEdit[];
}

/** Where a finding stands and how bad it is, whatever its code. */
interface FindingPlace {
  severity: Severity;
  /** JSON path such as `Statement[1].Action[3]`, or '' for the whole document. */
  path: string;
  range: Range;
  fix?: FindingFix;
}

/**
 * One finding: a stable kebab-case `code` (e.g. `unknown-action`) with the `params` its message
 * names, typed by the code; i18n renders the words (no English is built here).
 */
export type Finding = Coded<LintParams> & FindingPlace;

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
  /** A templated key named without its variable part (`aws:ResourceTag`), for "missing tag key". */
  conditionKeyWithoutVariable(name: string, contextService?: string): ConditionKeyInfo | undefined;
  resourceType(prefix: string, key: string): ResourceTypeInfo | undefined;
  resourceTypesOf(prefix: string): ResourceTypeInfo[];
}

export interface LintOptions {
  catalog?: CatalogLike;
  /**
   * The document is an AWS managed policy (the scenario's "AWS managed" badge, `lint --managed`):
   * AWS's own quotas apply, not a customer policy's, and retired services are its history.
   */
  managed?: boolean;
  /** Longer texts are not read: one `too-large-to-check` finding instead (the page's bound). */
  maxChars?: number;
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
  kind: DocumentKind;
  parse: ParseResult;
  /** The parsed document when it is an object, else undefined. */
  document: Readonly<Record<string, unknown>> | undefined;
  /** The statement model of the document (shared with the graph and the engine). */
  model: PolicyModel;
  statements: readonly PolicyStatement[];
  catalog: CatalogLike | undefined;
  /** The document is an AWS managed policy (LintOptions.managed). */
  managed: boolean;
  /** Adds a finding located at `path` (the nearest existing element when it is missing). */
  report<C extends LintCode>(
    severity: Severity,
    code: C,
    params: LintParams[C],
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
  codes: readonly LintCode[];
  run(ctx: LintContext): void;
}
