/** The few facts of a statement every part of the graph asks for: its effect, name and conditions. */
import { statementName } from '../core';
import type { PolicyStatement, StatementName } from '../core';
import { describeConditions } from './conditionText';
import type { ConditionText } from './text';
import type { Effect } from './types';

/** A statement's effect as the graph draws it: only an explicit "Deny" denies. */
export function effectOf(stmt: PolicyStatement): Effect {
  return stmt.effect?.value === 'Deny' ? 'Deny' : 'Allow';
}

/** A statement's name as data (its Sid, else its position), so i18n can word "Statement 2". */
export function nameOf(stmt: PolicyStatement): StatementName {
  const sid = stmt.sid?.value;
  return statementName(sid !== undefined ? { index: stmt.index, sid } : { index: stmt.index });
}

/** A statement's Sid when it has a non-empty one, for ids derived from content. */
export function sidOf(stmt: PolicyStatement): string | undefined {
  const sid = stmt.sid?.value;
  return sid !== undefined && sid !== '' ? sid : undefined;
}

/** The statement's conditions as codes, read once per statement. */
const conditionsCache = new WeakMap<PolicyStatement, ConditionText[]>();

/** The conditions of a statement as condition codes (cached: several nodes ask for them). */
export function conditionsOf(stmt: PolicyStatement): ConditionText[] {
  const hit = conditionsCache.get(stmt);
  if (hit !== undefined) return hit;
  const out = describeConditions(stmt.condition);
  conditionsCache.set(stmt, out);
  return out;
}
