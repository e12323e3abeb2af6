/** Reading fields of untrusted import data: own members only, with a coded error naming the path. */
import { isRecord, own } from '../util/record';
import { policyText } from './policyText';
import type { ImportError } from './types';

/** Thrown inside a reader and caught by importDocument: the input lacks what its format requires. */
export class FieldError extends Error {
  constructor(readonly error: ImportError) {
    super(error.code);
  }
}

function bad(path: string, expected: 'object' | 'array' | 'string' | 'policy'): FieldError {
  return new FieldError({ code: 'bad-field', params: { path, expected } });
}

/** A member that must be an object. */
export function objectAt(obj: Readonly<Record<string, unknown>>, key: string, path: string) {
  const v = own(obj, key);
  if (!isRecord(v)) throw bad(path, 'object');
  return v;
}

/** A member that must be an array (absent reads as empty when `optional`). */
export function arrayAt(
  obj: Readonly<Record<string, unknown>>,
  key: string,
  path: string,
  optional = false,
): readonly unknown[] {
  const v = own(obj, key);
  if (v === undefined && optional) return [];
  if (!Array.isArray(v)) throw bad(path, 'array');
  return v;
}

/** A member that must be a non-empty string. */
export function stringAt(obj: Readonly<Record<string, unknown>>, key: string, path: string) {
  const v = own(obj, key);
  if (typeof v !== 'string' || v === '') throw bad(path, 'string');
  return v;
}

/** A member that may be a string. */
export function optionalString(obj: Readonly<Record<string, unknown>>, key: string) {
  const v = own(obj, key);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A member that may be a number. */
export function optionalNumber(obj: Readonly<Record<string, unknown>>, key: string) {
  const v = own(obj, key);
  return typeof v === 'number' ? v : undefined;
}

/** A member that must be a policy document (object, JSON text or URL-encoded JSON text). */
export function policyAt(obj: Readonly<Record<string, unknown>>, key: string, path: string) {
  const text = policyText(own(obj, key));
  if (text === undefined) throw bad(path, 'policy');
  return text;
}

/** The elements of an array that are objects, with their index (others are skipped). */
export function records(list: readonly unknown[]): [number, Record<string, unknown>][] {
  const out: [number, Record<string, unknown>][] = [];
  list.forEach((v, i) => {
    if (isRecord(v)) out.push([i, v]);
  });
  return out;
}
