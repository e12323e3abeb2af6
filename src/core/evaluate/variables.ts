/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, `${*}`, `${?}`, `${$}`,
 * defaults `${key, 'value'}`), substituted from the request context. Only policies with
 * Version 2012-10-17 have variables; older versions keep `${…}` as literal text
 * (AWS docs, "IAM policy elements: Variables and tags").
 */

import type { RequestContext } from './context';
import type { GlobPart } from '../pattern';

export interface Substituted {
  /** Pattern parts: substituted text is literal (its `*` and `?` are not wildcards). */
  parts: GlobPart[];
  /** The resulting text, for traces and non-wildcard comparisons. */
  text: string;
  /** Variables whose key is absent (or multivalued) and that had no default: the value cannot match. */
  unresolved: string[];
}

const SPECIAL: Readonly<Record<string, string>> = { '*': '*', '?': '?', $: '$' };

/** True when the text contains something that looks like a policy variable. */
export function hasVariable(text: string): boolean {
  return text.includes('${');
}

/** Substitutes every `${…}` in the text from the context, keeping wildcards in the policy text. */
export function substitute(text: string, context: RequestContext): Substituted {
  const parts: GlobPart[] = [];
  const unresolved: string[] = [];
  let out = '';
  let pos = 0;
  while (pos < text.length) {
    const start = text.indexOf('${', pos);
    const end = start === -1 ? -1 : text.indexOf('}', start + 2);
    if (start === -1 || end === -1) {
      parts.push(text.slice(pos));
      out += text.slice(pos);
      break;
    }
    if (start > pos) {
      parts.push(text.slice(pos, start));
      out += text.slice(pos, start);
    }
    const inner = text.slice(start + 2, end).trim();
    const value = resolve(inner, context);
    if (value === undefined) {
      unresolved.push(inner);
      // Keep the variable text so the trace shows what failed; the caller treats the value as unmatchable.
      parts.push({ literal: text.slice(start, end + 1) });
      out += text.slice(start, end + 1);
    } else {
      parts.push({ literal: value });
      out += value;
    }
    pos = end + 1;
  }
  return { parts, text: out, unresolved };
}

function resolve(inner: string, context: RequestContext): string | undefined {
  const special = SPECIAL[inner];
  if (special !== undefined) return special;
  let key = inner;
  let fallback: string | undefined;
  const comma = inner.indexOf(',');
  if (comma !== -1) {
    key = inner.slice(0, comma).trim();
    const rest = inner.slice(comma + 1).trim();
    if (rest.length >= 2 && rest.startsWith("'") && rest.endsWith("'")) {
      fallback = rest.slice(1, -1);
    }
  }
  const entry = context.get(key.toLowerCase());
  // A multivalued key cannot be used as a variable (AWS docs, "Single-valued vs. multivalued context keys").
  if (entry !== undefined && entry.values.length === 1) {
    return entry.values[0];
  }
  return fallback;
}
