import ipaddr from 'ipaddr.js';
import { parseOperator } from '../../evaluate';
import type { Check } from '../types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function validIp(v: string): boolean {
  try {
    if (v.includes('/')) ipaddr.parseCIDR(v);
    else ipaddr.parse(v);
    return true;
  } catch {
    return false;
  }
}

const RULES: Record<string, { test(v: string): boolean; want: string }> = {
  Numeric: { test: (v) => NUMBER.test(v), want: 'a number such as 10' },
  Date: {
    test: (v) => (ISO_DATE.test(v) && !Number.isNaN(Date.parse(v))) || /^\d+$/.test(v),
    want: 'an ISO 8601 date such as 2025-01-31T00:00:00Z (or epoch seconds)',
  },
  Bool: { test: (v) => /^(true|false)$/i.test(v), want: 'true or false' },
  Null: { test: (v) => /^(true|false)$/i.test(v), want: 'true or false' },
  IpAddress: {
    test: validIp,
    want: 'an IPv4 or IPv6 address or CIDR range such as 203.0.113.0/24',
  },
  Arn: {
    test: (v) => v === '*' || v.startsWith('arn:') || /^arn[*?]/.test(v),
    want: 'an ARN such as arn:aws:iam::111122223333:role/example',
  },
};

/**
 * Condition values must fit the operator's type (Access Analyzer "Data type mismatch"): numbers
 * for Numeric*, dates for Date*, true/false for Bool and Null, addresses for IpAddress, ARNs
 * for Arn*. Values holding policy variables are left alone.
 */
export const conditionValues: Check = {
  codes: ['value-type-mismatch'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      for (const op of stmt.condition?.operators ?? []) {
        const family = parseOperator(op.operator).spec?.family;
        const rule = family === undefined ? undefined : RULES[family];
        if (!rule) continue;
        for (const k of op.keys) {
          for (const v of k.values) {
            if (v.value.includes('${') || rule.test(v.value.trim())) continue;
            ctx.report(
              'error',
              'value-type-mismatch',
              `"${v.value}" does not fit ${op.operator}, which needs ${rule.want}; the condition can never match as written.`,
              v.path,
            );
          }
          for (const path of k.invalid) {
            ctx.report(
              'error',
              'value-type-mismatch',
              'Condition values are strings, numbers or booleans, or an array of them.',
              path,
            );
          }
        }
      }
    }
  },
};
