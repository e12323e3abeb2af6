import type { Check } from '../types';

/**
 * JSON syntax, empty and over-deep documents, duplicate keys and a top level that is not an
 * object: AWS accepts only one well-formed JSON object per policy.
 */
export const syntax: Check = {
  codes: ['json-syntax', 'empty-document', 'too-deep', 'duplicate-key', 'not-object'],
  run(ctx) {
    for (const d of ctx.parse.diagnostics) {
      const range = d.range;
      const path = d.path ?? [];
      if (d.code === 'duplicate-key') {
        ctx.report(
          'error',
          'duplicate-key',
          `${d.message} AWS does not merge duplicate keys, so the earlier value is silently lost.`,
          path,
          { range },
        );
      } else if (d.code === 'json-syntax') {
        ctx.report(
          'error',
          'json-syntax',
          `${d.message} AWS rejects a policy that is not valid JSON.`,
          path,
          { range },
        );
      } else {
        ctx.report('error', d.code, d.message, path, { range });
      }
    }
    const value = ctx.parse.value;
    if (value !== undefined && ctx.document === undefined && ctx.parse.root !== undefined) {
      ctx.report(
        'error',
        'not-object',
        'A policy must be a JSON object such as {"Version": "2012-10-17", "Statement": [...]}.',
        [],
      );
    }
  },
};
