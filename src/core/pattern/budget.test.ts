import { describe, expect, it } from 'vitest';
import { WorkBudget } from './budget';
import { compileGlob, globMatch } from './glob';

// PRODUCT.md: "The engine bounds its work (pattern matching has a budget); when a bound is
// reached it fails closed". The matcher's part: a match it could not finish is counted as refused.
describe('the work budget', () => {
  const storm = compileGlob(`${'a*'.repeat(40)}b`);
  const value = 'a'.repeat(200);

  it('answers definitely while there is budget, and refuses (counted) once it is spent', () => {
    const budget = new WorkBudget(2_000);
    expect(globMatch(storm, value, budget)).toBe(false);
    expect(budget.refused).toBe(0);
    let refusedAt = -1;
    for (let i = 0; i < 100 && refusedAt < 0; i++) {
      globMatch(storm, value, budget);
      if (budget.refused > 0) refusedAt = i;
    }
    expect(refusedAt).toBeGreaterThan(0);
    expect(budget.exhausted).toBe(true);
    // After that every general match is refused, even one that would match.
    const before = budget.refused;
    expect(globMatch(storm, `${value}b`, budget)).toBe(false);
    expect(budget.refused).toBe(before + 1);
  });

  it('never spends on exact or prefix patterns, so their answers stay definite', () => {
    const budget = new WorkBudget(1);
    globMatch(storm, value, budget);
    globMatch(storm, value, budget);
    expect(budget.exhausted).toBe(true);
    expect(globMatch(compileGlob('s3:getobject'), 's3:getobject', budget)).toBe(true);
    expect(globMatch(compileGlob('s3:get*'), 's3:getobject', budget)).toBe(true);
  });
});
