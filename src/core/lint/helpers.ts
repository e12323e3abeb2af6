/** Small readers shared by the checks. */
import type { Range } from '../policy/types';
import type { FixTitle } from './codes';
import type { FindingFix } from './types';
import { splitAction, hasWildcard } from '../pattern';
import type { PolicyStatement, PathedString } from '../policy';

/** Above this many entries in one list, pairwise (O(n²)) checks are skipped silently. */
export const PAIRWISE_LIMIT = 2000;

export { isRecord, own } from '../util/record';

/** The strings of Action and NotAction together, each with its path. */
export function actionStrings(stmt: PolicyStatement): PathedString[] {
  return [...(stmt.action?.values ?? []), ...(stmt.notAction?.values ?? [])];
}

/** Literal (wildcard-free) service prefixes named by the statement's actions. */
export function literalServices(stmt: PolicyStatement): Set<string> {
  const out = new Set<string>();
  for (const a of actionStrings(stmt)) {
    const parts = splitAction(a.value);
    if (parts && !hasWildcard(parts.service)) out.add(parts.service);
  }
  return out;
}

/** Whether the statement's Effect is exactly "Allow". */
export function isAllow(stmt: PolicyStatement): boolean {
  return stmt.effect?.value === 'Allow';
}

/** Whether a Resource list is "all resources": `*` alone or among the entries. */
export function hasStarResource(stmt: PolicyStatement): boolean {
  return (stmt.resource?.values ?? []).some((r) => /^\*+$/.test(r.value));
}

/** The condition keys of a statement, lower-cased, for "is there a restricting condition" checks. */
export function conditionKeys(stmt: PolicyStatement): Set<string> {
  const out = new Set<string>();
  for (const op of stmt.condition?.operators ?? []) {
    for (const k of op.keys) out.add(k.key.toLowerCase());
  }
  return out;
}

/** A fix that replaces a quoted string (a key or a value) with the properly spelt one. */
export function replaceQuotedFix(
  range: Range | undefined,
  proper: string | undefined,
  title: (proper: string) => FixTitle,
): FindingFix | undefined {
  if (!proper || !range) return undefined;
  return {
    title: title(proper),
    edits: [{ start: range.start.offset, end: range.end.offset, text: `"${proper}"` }],
  };
}
