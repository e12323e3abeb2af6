import { describe, expect, it } from 'vitest';
import { seedScenario, type Scenario } from '../core';
import { editDebounceFor } from './useSettledScenario';

// A small scenario redraws on the keystroke; a large one waits for the typing to pause.
function withPolicyOf(chars: number): Scenario {
  const seed = seedScenario();
  const document = `{"Version":"2012-10-17","Statement":[],"Id":"${'x'.repeat(chars)}"}`;
  return {
    ...seed,
    role: {
      ...seed.role,
      permissionPolicies: [{ id: 'permission:0', name: 'P', managed: false, document }],
    },
  };
}

describe('editDebounceFor', () => {
  it('waits for nothing in the seed', () => {
    expect(editDebounceFor(seedScenario())).toBe(0);
  });

  it('waits once the documents together reach 20,000 characters', () => {
    expect(editDebounceFor(withPolicyOf(25_000))).toBeGreaterThan(0);
  });
});
