/** The contract every condition operator family implements. */

import type { GlobPart, WorkBudget } from '../../pattern';

export const OPERATOR_FAMILIES = [
  'String',
  'Numeric',
  'Date',
  'Bool',
  'Binary',
  'IpAddress',
  'Arn',
  'Null',
] as const;
export type OperatorFamily = (typeof OPERATOR_FAMILIES)[number];

/** A policy value after variable substitution. */
export interface PolicyValue {
  text: string;
  /** Pattern parts: text that came from variables is literal (no wildcards). */
  parts: readonly GlobPart[];
  /** Variables without a value in the request: this value matches nothing. */
  unresolved: readonly string[];
}

export interface OperatorSpec {
  name: string;
  family: OperatorFamily;
  /** Negated operators (StringNotEquals, NotIpAddress, ArnNotLike…): a value must match none (NOR). */
  negated: boolean;
  /** Whether policy variables are substituted in this operator's values. */
  variables: boolean;
  /** The positive test of one policy value against one request value. */
  matches(policy: PolicyValue, contextValue: string, budget?: WorkBudget): boolean;
}

/** Builds a family's operator table from [name, negated, test] rows. */
export function defineOperators(
  family: OperatorFamily,
  variables: boolean,
  rows: ReadonlyArray<readonly [string, boolean, OperatorSpec['matches']]>,
): Record<string, OperatorSpec> {
  const out: Record<string, OperatorSpec> = Object.create(null) as Record<string, OperatorSpec>;
  for (const [name, negated, matches] of rows) {
    out[name] = { name, family, negated, variables, matches };
  }
  return out;
}
