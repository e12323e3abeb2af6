/** A policy document as AWS tools print it (an object, JSON text, or URL-encoded JSON text) to policy text. */
import { isRecord } from '../util/record';

/** What an import writes where a document is missing: a policy with no statements, allowing nothing. */
export const EMPTY_POLICY = '{\n  "Version": "2012-10-17",\n  "Statement": []\n}';

/**
 * The IAM API returns documents URL-encoded (RFC 3986); the AWS CLI decodes some of them. Decodes
 * text that is still encoded, pretty-prints compact JSON, and keeps any other text as written.
 */
export function policyText(value: unknown): string | undefined {
  if (isRecord(value)) return JSON.stringify(value, null, 2);
  if (typeof value !== 'string') return undefined;
  let text = value;
  if (/^\s*%7[bB]/.test(text)) {
    try {
      text = decodeURIComponent(text.replace(/\+/g, '%20'));
    } catch {
      return undefined;
    }
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? JSON.stringify(parsed, null, 2) : undefined;
  } catch {
    return text.trim().startsWith('{') ? text : undefined;
  }
}
