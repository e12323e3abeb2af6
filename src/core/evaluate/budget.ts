/**
 * A work budget shared by the matchers of one evaluation, so that hostile input (thousands of
 * long `a*a*a*…` patterns) ends in "no match" plus a note instead of a hung tab or CLI.
 */

/** Character comparisons allowed per evaluation; ordinary requests use a few thousand. */
export const WORK_LIMIT = 20_000_000;

let remaining = WORK_LIMIT;
let exhausted = false;

/** Starts a fresh budget; called once at the beginning of each evaluation. */
export function resetBudget(limit: number = WORK_LIMIT): void {
  remaining = limit;
  exhausted = false;
}

/** Spends `units` of work; false once the budget is gone, and the caller must stop matching. */
export function spend(units: number): boolean {
  if (exhausted) return false;
  remaining -= units;
  if (remaining < 0) {
    exhausted = true;
    return false;
  }
  return true;
}

/** Whether any matcher ran out of budget since the last reset, so the trace can say so. */
export function budgetExhausted(): boolean {
  return exhausted;
}
