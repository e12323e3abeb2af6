/** Accepts a policy as a parsed object or as text (JSON with comments, via core/policy's parser). */

import { parsePolicy } from '../policy/parse';

export type ReadPolicyResult =
  { ok: true; document: Record<string, unknown> } | { ok: false; message: string };

/** Reads one policy document; a one-line message when it is not a JSON object. */
export function readPolicyDocument(policy: unknown): ReadPolicyResult {
  let value: unknown = policy;
  if (typeof policy === 'string') {
    const parsed = parsePolicy(policy);
    if (!parsed.ok) {
      const first = parsed.diagnostics.find((d) => d.code !== 'duplicate-key');
      const where = first
        ? ` (line ${first.range.start.line}, column ${first.range.start.column})`
        : '';
      return {
        ok: false,
        message: `${first?.message ?? 'The policy text is not valid JSON.'}${where}`,
      };
    }
    value = parsed.value;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      message: 'A policy must be a JSON object such as {"Version": …, "Statement": […]}.',
    };
  }
  return { ok: true, document: value as Record<string, unknown> };
}
