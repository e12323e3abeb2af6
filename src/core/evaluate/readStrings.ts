/** Reads a policy element that may be one string or an array of strings, with JSON paths. */

import type { JsonPath } from '../policy/types';
import { MAX_VALUES } from './context';

export interface IndexedString {
  text: string;
  path: JsonPath;
}

/** Lists the element's strings with their paths; non-strings are skipped with a note. */
export function readStrings(
  value: unknown,
  path: JsonPath,
  label: string,
  notes: string[],
): IndexedString[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (!Array.isArray(value)) {
    notes.push(`${label} must be a string or an array of strings.`);
    return [];
  }
  if (value.length > MAX_VALUES) {
    notes.push(`${label}: only the first ${MAX_VALUES} of ${value.length} values were read.`);
  }
  const out: IndexedString[] = [];
  const limit = Math.min(value.length, MAX_VALUES);
  for (let i = 0; i < limit; i += 1) {
    const item: unknown = value[i];
    if (typeof item === 'string') out.push({ text: item, path: [...path, i] });
    else notes.push(`${label}[${i}] is not a string; it was ignored.`);
  }
  return out;
}
