import { parseOperator } from '../../evaluate';
import type { ConditionFamily } from '../codes';
import type { Check } from '../types';
import { lookupKey } from './conditionKeyInfo';

/**
 * The operator families that fit each catalog key type (Null fits every key). ARN keys take
 * string operators too: the global condition keys page recommends ARN operators for them but
 * AWS evaluates string operators on the same text. Likewise ARN operators on string keys, which
 * often hold ARNs (`kms:EncryptionContext:aws:s3:arn`, used so in AWS's own managed policies).
 */
const FITS: Readonly<Record<string, readonly ConditionFamily[]>> = {
  string: ['String', 'Arn'],
  arn: ['Arn', 'String'],
  bool: ['Bool'],
  numeric: ['Numeric'],
  long: ['Numeric'],
  date: ['Date'],
  ipaddress: ['IpAddress'],
  binary: ['Binary'],
};

/** Keys the global condition keys page says work with more than their type's family. */
const FITS_KEY: ReadonlyMap<string, readonly ConditionFamily[]> = new Map([
  ['aws:epochtime', ['Date', 'Numeric']],
]);

/** The families that fit a key type (`ArrayOfARN` as `ARN`), or undefined for a type we do not know. */
function fits(type: string): readonly ConditionFamily[] | undefined {
  const base = type.replace(/^ArrayOf/, '').toLowerCase();
  return Object.hasOwn(FITS, base) ? FITS[base] : undefined;
}

/**
 * An operator whose family does not fit the key's type (StringEquals on the numeric s3:max-keys,
 * a string operator on the Boolean aws:SecureTransport): Access Analyzer's general warning "Type
 * mismatch". AWS compares the texts anyway, so the condition may never match as meant.
 */
export const conditionKeyTypes: Check = {
  codes: ['operator-type-mismatch'],
  run(ctx) {
    if (!ctx.catalog) return;
    for (const stmt of ctx.statements) {
      for (const op of stmt.condition?.operators ?? []) {
        const family = parseOperator(op.operator).spec?.family;
        if (family === undefined || family === 'Null') continue;
        for (const k of op.keys) {
          const info = lookupKey(ctx, stmt, k.key);
          if (info.status !== 'known') continue;
          const expected = FITS_KEY.get(k.key.toLowerCase()) ?? fits(info.type);
          if (!expected || expected.includes(family)) continue;
          ctx.report(
            'warning',
            'operator-type-mismatch',
            { key: k.key, operator: op.operator, keyType: info.type, expected },
            k.path,
            { part: 'key' },
          );
        }
      }
    }
  },
};
