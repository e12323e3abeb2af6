import { plural } from '../helpers';
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
    ctx.report(
      'error',
      'comment',
      `AWS rejects policies that contain comments; this document has ${plural(all.length, 'comment')}. ` +
        'Remove them (or copy it as AWS-ready JSON) before using it in AWS.',
      [],
      {
        range: first.range,
        fix: { title: 'Remove all comments', edits: commentRemovalEdits(ctx.text, all) },
      },
    );
  },
};
