import { commentRemovalEdits } from '../stripComments';
import type { Check } from '../types';

/**
 * Comments (`//`, `/* *\/`, `#`) are fine for reading but AWS rejects them: one error on the
 * first comment, with a fix that removes them all (the "copy as AWS-ready JSON" text).
 */
export const comments: Check = {
  codes: ['comment'],
  run(ctx) {
    const all = ctx.parse.comments;
    const first = all[0];
    if (first === undefined) return;
    ctx.report('error', 'comment', { count: all.length }, [], {
      range: first.range,
      fix: {
        title: { code: 'remove-comments', params: { count: all.length } },
        edits: commentRemovalEdits(ctx.text, all),
      },
    });
  },
};
