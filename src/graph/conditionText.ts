/** Plain-English sentences for an IAM Condition block, shown on trust-policy nodes and permission edges. */

/** What the base operator (without ForAllValues:/ForAnyValue:/IfExists) asks of the key. */
const VERBS: Readonly<Record<string, string>> = {
  StringEquals: 'must equal',
  StringNotEquals: 'must not equal',
  StringEqualsIgnoreCase: 'must equal (ignoring case)',
  StringNotEqualsIgnoreCase: 'must not equal (ignoring case)',
  StringLike: 'must match',
  StringNotLike: 'must not match',
  NumericEquals: 'must equal',
  NumericNotEquals: 'must not equal',
  NumericLessThan: 'must be less than',
  NumericLessThanEquals: 'must be at most',
  NumericGreaterThan: 'must be greater than',
  NumericGreaterThanEquals: 'must be at least',
  DateEquals: 'must be the date',
  DateNotEquals: 'must not be the date',
  DateLessThan: 'must be before',
  DateLessThanEquals: 'must be at or before',
  DateGreaterThan: 'must be after',
  DateGreaterThanEquals: 'must be at or after',
  Bool: 'must be',
  BinaryEquals: 'must equal (binary)',
  IpAddress: 'must be in',
  NotIpAddress: 'must not be in',
  ArnEquals: 'must equal',
  ArnNotEquals: 'must not equal',
  ArnLike: 'must match',
  ArnNotLike: 'must not match',
};

/** Longest list of values spelled out before "and N more". */
const MAX_VALUES = 5;
/** Bound on sentences produced for one Condition block. */
const MAX_SENTENCES = 50;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return JSON.stringify(value)?.slice(0, 80) ?? '?';
}

function valuesText(raw: unknown): string {
  const values = Array.isArray(raw) ? raw : [raw];
  const shown = values.slice(0, MAX_VALUES).map(scalarText);
  const more = values.length - shown.length;
  const list = shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
  return values.length > 1 ? `one of ${list}` : list;
}

/** One sentence for one operator/key/value triple. */
function sentence(operator: string, key: string, raw: unknown): string {
  let base = operator;
  let quantifier = '';
  let ifExists = false;
  if (base.startsWith('ForAllValues:')) {
    base = base.slice('ForAllValues:'.length);
    quantifier = 'every value of ';
  } else if (base.startsWith('ForAnyValue:')) {
    base = base.slice('ForAnyValue:'.length);
    quantifier = 'at least one value of ';
  }
  if (base.endsWith('IfExists')) {
    base = base.slice(0, -'IfExists'.length);
    ifExists = true;
  }
  const suffix = ifExists ? ' (when the key is present)' : '';
  if (base === 'Null') {
    const values = Array.isArray(raw) ? raw : [raw];
    const first = String(values[0]).toLowerCase();
    return `${key} must be ${first === 'true' ? 'absent' : 'present'}${suffix}`;
  }
  const verb = VERBS[base];
  if (verb === undefined) return `${operator}: ${key} ${valuesText(raw)}`;
  return `${quantifier}${key} ${verb} ${valuesText(raw)}${suffix}`;
}

/**
 * Turns a Condition element into one English sentence per key (e.g. "aws:SourceAccount must equal
 * 111122223333"), so a learner can read a statement's conditions without knowing the operators.
 * Never throws: malformed blocks give a best-effort sentence or nothing.
 */
export function describeConditions(condition: unknown): string[] {
  const out: string[] = [];
  if (!isRecord(condition)) return out;
  for (const [operator, block] of Object.entries(condition)) {
    if (out.length >= MAX_SENTENCES) break;
    if (!isRecord(block)) {
      out.push(`${operator}: ${scalarText(block)}`);
      continue;
    }
    for (const [key, raw] of Object.entries(block)) {
      if (out.length >= MAX_SENTENCES) break;
      out.push(sentence(operator, key, raw));
    }
  }
  return out;
}
