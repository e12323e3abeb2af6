import { parseOperator } from '../evaluate/conditions/operators';
import { parsePolicy } from '../policy/parse';
import type { ParseResult } from '../policy/types';
import { readPolicy } from '../policy/statements';

/** A condition key some policy tests, with how the simulator should ask for its value. */
export interface ContextKeyUse {
  key: string;
  /** Operator family ("String", "IpAddress", "Date", "Bool", "Numeric", "Arn", "Binary", "Null"). */
  family: string;
  /** Tested with ForAnyValue/ForAllValues: the request may carry several values. */
  multi: boolean;
  /** One operator that tests it, for the hint ("IpAddress"). */
  operator: string;
}

/** Lists the condition keys the given policy texts test, so the simulator can pre-fill a context form. */
export function contextKeysOf(
  texts: readonly string[],
  parse: (text: string) => ParseResult = parsePolicy,
): ContextKeyUse[] {
  const seen = new Map<string, ContextKeyUse>();
  for (const text of texts) {
    const parsed = parse(text);
    for (const st of readPolicy(parsed).statements) {
      for (const op of st.condition?.operators ?? []) {
        const parsedOp = parseOperator(op.operator);
        const family = parsedOp.spec?.family ?? 'String';
        for (const k of op.keys) {
          const id = k.key.toLowerCase();
          if (seen.has(id) || seen.size >= 50) continue;
          seen.set(id, {
            key: k.key,
            family: String(family),
            multi: parsedOp.qualifier !== undefined,
            operator: op.operator,
          });
        }
      }
    }
  }
  return [...seen.values()];
}
