/**
 * Whether a statement's Condition really narrows who can call (or from where), rather than only
 * naming a narrowing key. Shared by the "open to anyone" and service-principal checks.
 */
import type { ConditionKeyElement, PolicyStatement } from '../../policy';
import { parseOperator } from '../../evaluate';

/** A condition that names a narrowing key but lets other callers through, for the message. */
export interface IgnoredCondition {
  operator: string;
  key: string;
}

/** What a statement's conditions do to the keys asked about. */
export interface Restriction {
  /** True when at least one condition on one of the keys admits only listed values. */
  restricted: boolean;
  /** The first condition on one of the keys that does not restrict (negated, IfExists, Null, `*`…). */
  ignored?: IgnoredCondition;
}

/** `*`, `*?`: a Like pattern that matches every value. */
const ALL_WILDCARD = /^[*?]*\*[*?]*$/;
/** `arn:*`, `arn:aws:*:*:*:*`: an ARN pattern whose every part after the partition is a wildcard. */
const ALL_ARN = /^arn(?::(?:aws[a-z-]*|[*?]*))?(?::[*?]*)*$/i;
/** `0.0.0.0/0`, `::/0`: every address of a family. */
const ALL_ADDRESSES = /\/0+$/;

/**
 * Whether an ARN pattern leaves the account open (`arn:aws:iam::*:role/Admin`): anyone can create a
 * matching role or resource in an account of their own. S3 ARNs have no account part.
 */
function anyAccount(value: string): boolean {
  const parts = value.split(':');
  const account = parts[4];
  return (
    parts.length >= 6 && parts[2] !== 's3' && account !== undefined && ALL_WILDCARD.test(account)
  );
}

/** Whether one value admits every caller under the operator's family. */
function matchesEverything(family: string, like: boolean, value: string): boolean {
  const v = value.trim();
  if (family === 'IpAddress') return ALL_ADDRESSES.test(v);
  if (family !== 'Arn' && !like) return false;
  if (ALL_WILDCARD.test(v)) return true;
  if (!/^arn:/i.test(v)) return false;
  return (v.includes('*') && ALL_ARN.test(v)) || anyAccount(v);
}

/**
 * Whether one operator block on a key admits only the values it lists: a positive String, Arn or
 * IpAddress operator (ForAnyValue: allowed), not …IfExists (a missing key passes), not
 * ForAllValues: (true when the key is missing), not negated, not Null, and no value that matches
 * everything (values are ORed, so one `*`, `0.0.0.0/0` or ARN pattern with any account opens
 * the key again). When the key is
 * `present` in every request (an OIDC token's `sub`), IfExists and ForAllValues: change nothing.
 */
function restricts(operator: string, key: ConditionKeyElement, present: boolean): boolean {
  const op = parseOperator(operator);
  const spec = op.spec;
  if (!spec || spec.negated) return false;
  if (!present && (op.ifExists || op.qualifier === 'ForAllValues')) return false;
  if (spec.family !== 'String' && spec.family !== 'Arn' && spec.family !== 'IpAddress')
    return false;
  if (key.values.length === 0) return false;
  const like = /like$/i.test(spec.name);
  return !key.values.some((v) => matchesEverything(spec.family, like, v.value));
}

/**
 * Looks at the conditions on `keys` (lower-case names): restricted when one of them admits only
 * listed values. Conditions are ANDed, so one real restriction narrows the whole statement.
 */
export function restriction(
  stmt: PolicyStatement,
  keys: ReadonlySet<string>,
  options: { present?: boolean } = {},
): Restriction {
  const present = options.present === true;
  let ignored: IgnoredCondition | undefined;
  for (const op of stmt.condition?.operators ?? []) {
    for (const k of op.keys) {
      if (!keys.has(k.key.toLowerCase())) continue;
      if (restricts(op.operator, k, present)) return { restricted: true };
      ignored ??= { operator: op.operator, key: k.key };
    }
  }
  return ignored ? { restricted: false, ignored } : { restricted: false };
}

/** The first key (other than `except`) that a positive condition restricts, if any. */
export function otherRestrictingKey(
  stmt: PolicyStatement,
  except: ReadonlySet<string>,
): string | undefined {
  for (const op of stmt.condition?.operators ?? []) {
    for (const k of op.keys) {
      if (except.has(k.key.toLowerCase())) continue;
      if (restricts(op.operator, k, false)) return k.key;
    }
  }
  return undefined;
}

/**
 * Whether a Deny statement's Condition is true for every caller outside the listed values: each
 * of its conditions is a negated String, Arn or IpAddress operator (IfExists allowed: a missing
 * key then denies too) on one of `keys`, with no value that matches everything. A Deny with any
 * other condition applies only sometimes, so it guards nothing in general.
 */
export function deniesOthers(stmt: PolicyStatement, keys: ReadonlySet<string>): boolean {
  let any = false;
  for (const op of stmt.condition?.operators ?? []) {
    const parsed = parseOperator(op.operator);
    const spec = parsed.spec;
    if (!spec || !spec.negated || parsed.qualifier !== undefined || op.invalid) return false;
    if (spec.family !== 'String' && spec.family !== 'Arn' && spec.family !== 'IpAddress')
      return false;
    const like = /like$/i.test(spec.name);
    for (const k of op.keys) {
      if (!keys.has(k.key.toLowerCase()) || k.values.length === 0) return false;
      if (k.values.some((v) => matchesEverything(spec.family, like, v.value))) return false;
      any = true;
    }
  }
  return any;
}
