/**
 * Three-valued matching for condition keys: a pair of values matches, does not, or has no known
 * answer because a bound was reached (the budget refused it, or a list was cut short). Unknown
 * answers are combined the way Kleene logic does, so a certain true or false is never lost.
 */

import type { WorkBudget } from '../../pattern';
import type { IncompleteCause } from '../codes';
import type { OperatorSpec, PolicyValue } from './types';

export type Answer = 'yes' | 'no' | 'unknown';

/** What one key's values gave, with the bounds that left its answer unknown. */
export interface KeyAnswer {
  answer: Answer;
  causes: Set<IncompleteCause>;
}

const flip = (a: Answer): Answer => (a === 'yes' ? 'no' : a === 'no' ? 'yes' : 'unknown');

/** The request's values for one key, and whether a bound cut them short. */
export interface KeyInput {
  spec: OperatorSpec;
  /** Policy values whose variables all resolved (the others match nothing). */
  usable: readonly PolicyValue[];
  /** The policy listed more values than were read. */
  policyCut: boolean;
  values: readonly string[];
  /** The request listed more values than were read. */
  contextCut: boolean;
  budget: WorkBudget;
}

/**
 * The work one comparison costs: equality and prefix tests read at most the shorter text; case
 * folding and the parsing families (numbers, dates, IP addresses, ARNs) read both. Matching every
 * policy value against every request value is the one quadratic path, so each pair is paid for.
 */
function pairCost(spec: OperatorSpec, policy: PolicyValue, value: string): number {
  const both = policy.text.length + value.length;
  if (spec.family !== 'String' || spec.name.includes('IgnoreCase')) return 1 + both;
  return 1 + Math.min(policy.text.length, value.length);
}

/**
 * One request value against every policy value: OR (NOR for negated operators). An unread policy
 * value, or a pair the budget refused, could have matched, so only a certain match is final.
 */
function testValue(input: KeyInput, value: string, causes: Set<IncompleteCause>): Answer {
  const { spec, usable, budget } = input;
  let any: Answer = 'no';
  for (const p of usable) {
    if (budget.exhausted) {
      budget.spend(1); // counted as refused, so the trace says why
      causes.add('work-budget');
      any = 'unknown';
      break;
    }
    const before = budget.refused;
    const hit = budget.spend(pairCost(spec, p, value)) && spec.matches(p, value, budget);
    if (budget.refused > before) {
      causes.add('work-budget');
      any = 'unknown';
    } else if (hit) {
      any = 'yes';
      break;
    }
  }
  if (any === 'no' && input.policyCut) {
    causes.add('policy-values-cut');
    any = 'unknown';
  }
  return spec.negated ? flip(any) : any;
}

/** Some request value passes (ForAnyValue, or a multivalued key without a set operator). */
export function someValue(input: KeyInput): KeyAnswer {
  return combine(input, 'yes', 'no');
}

/** Every request value passes (ForAllValues, or a negated operator on a multivalued key). */
export function everyValue(input: KeyInput): KeyAnswer {
  return combine(input, 'no', 'yes');
}

/** Folds the values' answers: `decisive` ends it at once; otherwise any unknown leaves it unknown. */
function combine(input: KeyInput, decisive: Answer, fallback: Answer): KeyAnswer {
  const causes = new Set<IncompleteCause>();
  let out: Answer = fallback;
  const { values, budget } = input;
  for (let i = 0; i < values.length; i++) {
    const a = testValue(input, values[i] as string, causes);
    if (a === decisive) return { answer: decisive, causes: new Set() };
    if (a === 'unknown') out = 'unknown';
    if (budget.exhausted && i < values.length - 1) {
      // The remaining values would only be refused: their answer is unknown.
      budget.spend(1);
      causes.add('work-budget');
      out = 'unknown';
      break;
    }
  }
  if (input.contextCut) {
    causes.add('context-values-cut');
    out = 'unknown';
  }
  return { answer: out, causes: out === 'unknown' ? causes : new Set() };
}
