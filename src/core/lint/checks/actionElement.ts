import type { StringListElement } from '../../policy';
import type { Check, LintContext } from '../types';

/** Reports entries that are not strings (numbers, objects…) in a string-list element. */
export function reportInvalidEntries(
  ctx: LintContext,
  element: StringListElement | undefined,
  name: string,
): void {
  for (const path of element?.invalid ?? []) {
    ctx.report(
      'error',
      'invalid-value',
      `${name} takes a string or an array of strings; AWS rejects this value.`,
      path,
    );
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
        ctx.report(
          'error',
          'action-missing',
          'The statement has neither Action nor NotAction; AWS rejects it because it would apply to nothing.',
          stmt.path,
        );
      } else if (stmt.action && stmt.notAction) {
        ctx.report(
          'error',
          'action-and-not-action',
          'A statement may have Action or NotAction, not both; AWS rejects it.',
          stmt.notAction.path,
          { part: 'key' },
        );
      }
      reportInvalidEntries(ctx, stmt.action, 'Action');
      reportInvalidEntries(ctx, stmt.notAction, 'NotAction');
    }
  },
};
