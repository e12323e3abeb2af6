/** Small readers shared by the checks. */
import type { Range } from '../policy/types';
import type { FindingFix } from './types';
import { splitAction, hasWildcard } from '../catalog';
import type { NormalizedStatement, PathedString } from '../policy';

/** Above this many entries in one list, pairwise (O(n²)) checks are skipped silently. */
export const PAIRWISE_LIMIT = 2000;

/** Reads an element of a record without touching inherited properties (`__proto__`, `constructor`). */
export function own(obj: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The strings of Action and NotAction together, each with its path. */
export function actionStrings(stmt: NormalizedStatement): PathedString[] {
  return [...(stmt.action?.values ?? []), ...(stmt.notAction?.values ?? [])];
}

/** Literal (wildcard-free) service prefixes named by the statement's actions. */
export function literalServices(stmt: NormalizedStatement): Set<string> {
  const out = new Set<string>();
  for (const a of actionStrings(stmt)) {
    const parts = splitAction(a.value);
    if (parts && !hasWildcard(parts.service)) out.add(parts.service);
  }
  return out;
}

/** Whether the statement's Effect is exactly "Allow". */
export function isAllow(stmt: NormalizedStatement): boolean {
  return stmt.effect?.value === 'Allow';
}

/** Whether a Resource list is "all resources": `*` alone or among the entries. */
export function hasStarResource(stmt: NormalizedStatement): boolean {
  return (stmt.resource?.values ?? []).some((r) => /^\*+$/.test(r.value));
}

/** The condition keys of a statement, lower-cased, for "is there a restricting condition" checks. */
export function conditionKeys(stmt: NormalizedStatement): Set<string> {
  const out = new Set<string>();
  for (const op of stmt.condition?.operators ?? []) {
    for (const k of op.keys) out.add(k.key.toLowerCase());
  }
  return out;
}

/** "1 comment", "3 comments": messages read naturally. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A fix that replaces a quoted string (a key or a value) with the properly spelt one. */
export function replaceQuotedFix(
  range: Range | undefined,
  proper: string | undefined,
  title: string,
): FindingFix | undefined {
  if (!proper || !range) return undefined;
  return {
    title,
    edits: [{ start: range.start.offset, end: range.end.offset, text: `"${proper}"` }],
  };
}
