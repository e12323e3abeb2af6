import type { Check } from '../types';

/**
 * JSON syntax, empty and over-deep documents, duplicate keys and a top level that is not an
 * object: AWS accepts only one well-formed JSON object per policy. A text longer than the caller
 * reads (LintOptions.maxChars) is reported as such and nothing else is checked.
 */
export const syntax: Check = {
  codes: [
    'json-syntax',
    'empty-document',
    'too-deep',
    'duplicate-key',
    'not-object',
    'too-large-to-check',
  ],
  run(ctx) {
    for (const d of ctx.parse.diagnostics) {
      const options = { range: d.range };
      const path = d.path ?? [];
      switch (d.code) {
        case 'duplicate-key':
          ctx.report('error', 'duplicate-key', { key: d.key ?? '' }, path, options);
          break;
        case 'json-syntax':
          ctx.report('error', 'json-syntax', { syntaxError: d.syntaxError }, path, options);
          break;
        case 'too-deep':
          ctx.report('error', 'too-deep', { maxDepth: d.maxDepth }, path, options);
          break;
        case 'too-large':
          ctx.report(
            'error',
            'too-large-to-check',
            { length: ctx.parse.length, maxChars: d.maxChars ?? 0 },
            path,
            options,
          );
          break;
        case 'empty-document':
          ctx.report('error', 'empty-document', {}, path, options);
          break;
      }
    }
    const value = ctx.parse.value;
    if (value !== undefined && ctx.document === undefined && ctx.parse.root !== undefined) {
      ctx.report('error', 'not-object', {}, []);
    }
  },
};
