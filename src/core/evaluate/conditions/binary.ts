/**
 * BinaryEquals (AWS docs, "IAM JSON policy elements: Condition operators", Binary): the request
 * value is compared byte for byte with the base-64 encoded value in the policy.
 */

import { defineOperators, type PolicyValue } from './types';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base-64 to a byte string; undefined when the text is not base-64. */
export function decodeBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return undefined;
  try {
    return atob(compact);
  } catch {
    return undefined;
  }
}

function equals(policy: PolicyValue, value: string): boolean {
  const p = decodeBase64(policy.text);
  if (p === undefined) return false;
  // The request carries binary data as base-64 text too; compare the decoded bytes.
  const v = decodeBase64(value);
  return v !== undefined ? v === p : false;
}

/** The Binary family's single operator. */
export const BINARY_OPERATORS = defineOperators('Binary', false, [['BinaryEquals', false, equals]]);
