import ipaddr from 'ipaddr.js';
import { parseOperator } from '../../evaluate';
import type { ValueFamily } from '../codes';
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

/** Which values each operator family accepts (what it wants is worded by i18n, per family). */
const RULES: Record<ValueFamily, (v: string) => boolean> = {
  Numeric: (v) => NUMBER.test(v),
  Date: (v) => (ISO_DATE.test(v) && !Number.isNaN(Date.parse(v))) || /^\d+$/.test(v),
  Bool: (v) => /^(true|false)$/i.test(v),
  Null: (v) => /^(true|false)$/i.test(v),
  IpAddress: validIp,
  Arn: (v) => v === '*' || v.startsWith('arn:') || /^arn[*?]/.test(v),
};

function isChecked(family: string | undefined): family is ValueFamily {
  return family !== undefined && Object.hasOwn(RULES, family);
}

/**
 * Condition values must fit the operator's type (Access Analyzer general warnings "Type mismatch
 * number", "Type mismatch date", "Type mismatch Boolean", "Type mismatch IP range"): numbers for
 * Numeric*, dates for Date*, true/false for Bool and Null, addresses for IpAddress, ARNs for
 * Arn*; a value that is not a scalar stays an error (AWS's JSON "Data type mismatch"). A policy variable is substituted only by String and Arn operators; in any other it is
 * an error (Access Analyzer "Invalid variable for operator"), as are several values for one key
 * under Bool (Access Analyzer "Invalid condition multiple Boolean").
 */
export const conditionValues: Check = {
  codes: ['value-type-mismatch', 'variable-in-operator', 'bool-multiple-values'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      for (const op of stmt.condition?.operators ?? []) {
        const parsed = parseOperator(op.operator);
        const spec = parsed.spec;
        const family = spec?.family;
        if (!isChecked(family)) continue;
        const test = RULES[family];
        for (const k of op.keys) {
          for (const v of k.values) {
            if (v.value.includes('${')) {
              if (spec && !spec.variables && /\$\{[^}]+\}/.test(v.value)) {
                ctx.report(
                  'error',
                  'variable-in-operator',
                  { operator: op.operator, value: v.value },
                  v.path,
                );
              }
              continue;
            }
            if (test(v.value.trim())) continue;
            ctx.report(
              'warning',
              'value-type-mismatch',
              { value: v.value, operator: op.operator, family },
              v.path,
            );
          }
          if (family === 'Bool' && !parsed.qualifier && k.values.length > 1) {
            ctx.report('error', 'bool-multiple-values', { key: k.key }, k.path, { part: 'key' });
          }
          for (const path of k.invalid) {
            ctx.report('error', 'value-type-mismatch', {}, path);
          }
        }
      }
    }
  },
};
