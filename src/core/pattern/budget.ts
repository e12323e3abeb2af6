/**
 * A work budget for the pattern matchers of one evaluation, so that hostile input (thousands of
 * long `a*a*a*…` patterns against long values) ends in a known "could not finish" instead of a
 * hung tab or CLI. A refused match is neither a match nor a miss: callers fail closed on it.
 */

/** Character comparisons allowed per evaluation; ordinary requests use a few thousand. */
export const WORK_LIMIT = 20_000_000;

/** Counts the work matchers do and how many matches it had to refuse. */
export class WorkBudget {
  private remaining: number;
  private refusedCount = 0;

  constructor(limit: number = WORK_LIMIT) {
    this.remaining = Number.isFinite(limit) && limit > 0 ? limit : 0;
  }

  /** Spends `units` of work; false once the budget is gone, and the caller must stop matching. */
  spend(units: number): boolean {
    if (this.refusedCount > 0 || this.remaining < units) {
      this.remaining = 0;
      this.refusedCount += 1;
      return false;
    }
    this.remaining -= units;
    return true;
  }

  /** Records work already done (its answer is known); later matches may then be refused. */
  charge(units: number): void {
    this.remaining = Math.max(0, this.remaining - units);
  }

  /** How many matches were refused so far: a caller compares it before and after a statement. */
  get refused(): number {
    return this.refusedCount;
  }

  /** Whether any match was refused, so the trace can say the answer is incomplete. */
  get exhausted(): boolean {
    return this.refusedCount > 0;
  }
}
