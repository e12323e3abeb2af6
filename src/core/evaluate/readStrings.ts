/** Notes on the entries of a string-list element that the engine could not use. */

import { POLICY_LIMITS, type StringListElement } from '../policy/statements';
import type { Note } from './codes';

/** Notes the element's non-string entries and any entries beyond the model's bound. */
export function noteListProblems(list: StringListElement, element: string, notes: Note[]): void {
  for (const path of list.invalid) {
    const last = path[path.length - 1];
    if (path.length === list.path.length)
      notes.push({ code: 'element-not-strings', params: { element } });
    else if (typeof last === 'number')
      notes.push({ code: 'value-not-string', params: { element, index: last } });
  }
  if (isCut(list)) {
    notes.push({
      code: 'values-truncated',
      params: { element, limit: POLICY_LIMITS.values, total: list.total },
    });
  }
}

/** Whether the model's bound cut the element short (entries beyond POLICY_LIMITS.values were not read). */
export function isCut(list: StringListElement): boolean {
  return list.total > list.values.length + list.invalid.length;
}
