import { commentRemovalEdits, trailingCommaRemovalEdits } from '../stripComments';
import type { Check } from '../types';

/**
 * Comments (`//`, `/* *\/`, `#`) and trailing commas are fine for reading but AWS rejects them: one
 * error on the first of each, with a fix that removes them all (as "copy as AWS-ready JSON" does).
 */
export const comments: Check = {
  codes: ['comment', 'trailing-comma'],
  run(ctx) {
    // A trailing comma (`"s3:GetObject",]`): editors accept it, AWS's parser does not.
    const commas = ctx.parse.trailingCommas ?? [];
    const firstComma = commas[0];
    if (firstComma !== undefined) {
      ctx.report('error', 'trailing-comma', { count: commas.length }, [], {
        range: firstComma,
        fix: {
          title: { code: 'remove-trailing-commas', params: { count: commas.length } },
          edits: trailingCommaRemovalEdits(commas),
        },
      });
    }
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
