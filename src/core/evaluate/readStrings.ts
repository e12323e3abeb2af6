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
  if (list.total > list.values.length + list.invalid.length) {
    notes.push({
      code: 'values-truncated',
      params: { element, limit: POLICY_LIMITS.values, total: list.total },
    });
  }
}
