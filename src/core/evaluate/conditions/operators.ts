/**
 * Condition operator names: an optional `ForAllValues:`/`ForAnyValue:` qualifier, a base operator
 * from one of the families, and an optional `IfExists` suffix (not allowed on Null).
 */

import { ARN_OPERATORS } from './arn';
import { BINARY_OPERATORS } from './binary';
import { BOOL_OPERATORS } from './bool';
import { DATE_OPERATORS } from './date';
import { IP_OPERATORS } from './ipAddress';
import { NULL_OPERATORS } from './null';
import { NUMERIC_OPERATORS } from './numeric';
import { STRING_OPERATORS } from './string';
import type { OperatorSpec } from './types';

export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

export interface ParsedOperator {
  raw: string;
  qualifier?: SetQualifier;
  ifExists: boolean;
  /** Undefined for an unknown operator (the condition then does not match). */
  spec?: OperatorSpec;
}

const TABLE = new Map<string, OperatorSpec>();
for (const family of [
  STRING_OPERATORS,
  NUMERIC_OPERATORS,
  DATE_OPERATORS,
  BOOL_OPERATORS,
  BINARY_OPERATORS,
  IP_OPERATORS,
  ARN_OPERATORS,
  NULL_OPERATORS,
]) {
  for (const spec of Object.values(family)) TABLE.set(spec.name.toLowerCase(), spec);
}

/** Every base operator name, for completions and tests. */
export const OPERATOR_NAMES: readonly string[] = [...TABLE.values()].map((s) => s.name);

/** Reads an operator name such as `ForAnyValue:StringLikeIfExists` (names compared without case). */
export function parseOperator(raw: string): ParsedOperator {
  let rest = raw.trim();
  let qualifier: SetQualifier | undefined;
  const lower = rest.toLowerCase();
  if (lower.startsWith('forallvalues:')) {
    qualifier = 'ForAllValues';
    rest = rest.slice('forallvalues:'.length);
  } else if (lower.startsWith('foranyvalue:')) {
    qualifier = 'ForAnyValue';
    rest = rest.slice('foranyvalue:'.length);
  }
  let base = rest.toLowerCase();
  let ifExists = false;
  if (base.endsWith('ifexists')) {
    ifExists = true;
    base = base.slice(0, -'ifexists'.length);
  }
  const spec = TABLE.get(base);
  if (spec === undefined || (ifExists && spec.family === 'Null'))
    return { raw, qualifier, ifExists };
  return { raw, qualifier, ifExists, spec };
}
