import type { StringListElement } from '../../policy';
import type { ListElementName } from '../codes';
import type { Check, LintContext } from '../types';

/** Reports entries that are not strings (numbers, objects…) in a string-list element. */
export function reportInvalidEntries(
  ctx: LintContext,
  element: StringListElement | undefined,
  name: ListElementName,
): void {
  for (const path of element?.invalid ?? []) {
    ctx.report('error', 'invalid-value', { element: name }, path);
  }
}

/**
 * Every statement needs exactly one of Action and NotAction (IAM JSON policy element reference:
 * Action, NotAction; Access Analyzer "Missing action").
 */
export const actionElement: Check = {
  codes: ['action-missing', 'action-and-not-action', 'invalid-value'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      if (!stmt.action && !stmt.notAction) {
        ctx.report('error', 'action-missing', {}, stmt.path);
      } else if (stmt.action && stmt.notAction) {
        ctx.report('error', 'action-and-not-action', {}, stmt.notAction.path, { part: 'key' });
      }
      reportInvalidEntries(ctx, stmt.action, 'Action');
      reportInvalidEntries(ctx, stmt.notAction, 'NotAction');
    }
  },
};
