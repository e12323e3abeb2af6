/**
 * Date operators (AWS docs, "IAM JSON policy elements: Condition operators", Date and time):
 * values are W3C ISO 8601 dates or epoch (UNIX) seconds; wildcards are not allowed.
 */

import { defineOperators, type PolicyValue } from './types';

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([Zz]|[+-]\d{2}:?\d{2})?)?)?)?$/;
const EPOCH = /^\d+(?:\.\d+)?$/;

/** Milliseconds since the epoch for an ISO 8601 date or epoch seconds; undefined when unreadable. */
export function parseDate(text: string): number | undefined {
  const t = text.trim();
  if (t.length > 64) return undefined;
  // Four digits alone are a year (ISO 8601 "YYYY"); longer digit strings are epoch seconds.
  if (EPOCH.test(t) && t.length !== 4) return Number(t) * 1000;
  const m = ISO.exec(t);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac = '', tz] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(ms) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 24 || Number(mi) > 59) {
    return undefined;
  }
  const fraction = frac === '' ? 0 : Number(`0.${frac}`) * 1000;
  return ms + fraction - offsetMinutes(tz) * 60_000;
}

function offsetMinutes(tz: string | undefined): number {
  if (tz === undefined || tz === 'Z' || tz === 'z') return 0;
  const sign = tz.startsWith('-') ? -1 : 1;
  const digits = tz.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function compare(test: (request: number, policy: number) => boolean) {
  return (policy: PolicyValue, value: string): boolean => {
    const p = parseDate(policy.text);
    const v = parseDate(value);
    return p !== undefined && v !== undefined && test(v, p);
  };
}

/** The Date family's operators; the request time is on the left (`request < policy`). */
export const DATE_OPERATORS = defineOperators('Date', false, [
  ['DateEquals', false, compare((v, p) => v === p)],
  ['DateNotEquals', true, compare((v, p) => v === p)],
  ['DateLessThan', false, compare((v, p) => v < p)],
  ['DateLessThanEquals', false, compare((v, p) => v <= p)],
  ['DateGreaterThan', false, compare((v, p) => v > p)],
  ['DateGreaterThanEquals', false, compare((v, p) => v >= p)],
]);
