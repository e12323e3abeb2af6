import {
  LINT_POLICY_KINDS,
  lintPolicy,
  servicesToLoad,
  type Catalog,
  type DocumentKind,
  type Severity,
} from '../core';
import type { Lang } from '../i18n';
import { CliError } from './CliError';
import { findingMessage } from './texts';

/** The kinds `lint --kind` accepts: PRODUCT.md's five, plus `session` (the app's session policy). */
export const LINT_KINDS: readonly DocumentKind[] = LINT_POLICY_KINDS;

/** One finding as the CLI prints it: 1-based line and column in FILE, no offsets. */
export interface CliFinding {
  severity: Severity;
  code: string;
  message: string;
  path: string;
  line: number;
  column: number;
}

export interface LintOutcome {
  findings: CliFinding[];
  /** 1 when any finding is an `error` (AWS would reject the policy or it cannot work), else 0. */
  exitCode: 0 | 1;
}

/** Reads and checks `--kind`, so a typo in the kind is a usage error (exit 2), not a silent default. */
export function readLintKind(kind: string | undefined): DocumentKind {
  if (kind === undefined) {
    throw new CliError({ key: 'cli.missingKind', params: { choices: LINT_KINDS.join(', ') } });
  }
  const found = LINT_KINDS.find((k) => k === kind);
  if (found === undefined) {
    throw new CliError({
      key: 'cli.unknownKind',
      params: { value: kind, choices: LINT_KINDS.join(', ') },
    });
  }
  return found;
}

/** The kinds an AWS managed policy can be linted as: a permission policy or a permissions boundary. */
const MANAGED_KINDS: readonly DocumentKind[] = ['identity', 'boundary'];

/**
 * Reads `--managed` (a flag; `--managed=false` turns it off) for `kind`: only a permission policy
 * or a permissions boundary can be an AWS managed policy, so any other kind is a usage error.
 */
export function readManaged(value: string | undefined, kind: DocumentKind): boolean {
  if (value === undefined || value === 'false') return false;
  if (value !== 'true') {
    throw new CliError({ key: 'cli.managedIsFlag', params: { value } });
  }
  if (!MANAGED_KINDS.includes(kind)) {
    throw new CliError({
      key: 'cli.managedKind',
      params: { kind, choices: MANAGED_KINDS.join(', ') },
    });
  }
  return true;
}

/** Reads `--all` (a flag; `--all=false` turns it off): list every finding instead of grouping repeats. */
export function readAll(value: string | undefined): boolean {
  if (value === undefined || value === 'false') return false;
  if (value !== 'true') throw new CliError({ key: 'cli.allIsFlag', params: { value } });
  return true;
}

/**
 * Lints policy text the way the editor does: loads the catalog services the text names first,
 * so "did you mean" and condition-key checks run, then reports positions as 1-based line/column.
 * `managed`: the document is an AWS managed policy (AWS's own quotas, not a customer policy's).
 */
export async function lintCommand(
  text: string,
  kind: DocumentKind,
  catalog: Catalog,
  lang: Lang,
  managed = false,
): Promise<LintOutcome> {
  await catalog.load(servicesToLoad(text));
  const findings = lintPolicy(text, kind, { catalog, managed }).map((f): CliFinding => ({
    severity: f.severity,
    code: f.code,
    message: findingMessage(lang, f),
    path: f.path,
    line: f.range.start.line,
    column: f.range.start.column,
  }));
  return { findings, exitCode: findings.some((f) => f.severity === 'error') ? 1 : 0 };
}
