/**
 * IAM-style wildcard matching: `*` matches any run of characters (including none), `?` exactly
 * one character, everything else literally. No regular expressions are built from user input:
 * the classic greedy matcher with single-star backtracking runs in O(pattern × value) at worst,
 * so patterns like `a*a*a*…b` cannot blow up.
 */

export interface WildcardOptions {
  /** Compare letters without regard to case (IAM actions, condition keys); ARNs are case-sensitive. */
  caseInsensitive?: boolean;
}

/** A pattern prepared once, to be tested against many values. */
export type WildcardMatcher = (value: string) => boolean;

type Chars = string | readonly string[];

const SURROGATE = /[\uD800-\uDFFF]/;

/** Code points, so that `?` matches one character even outside the Basic Multilingual Plane. */
function toChars(text: string): Chars {
  return SURROGATE.test(text) ? Array.from(text) : text;
}

/** Collapses runs of `*` (they mean the same as one) and counts the characters a match needs. */
function normalise(pattern: string): { chars: Chars; minLength: number } {
  let out = '';
  let minLength = 0;
  let previousStar = false;
  for (const ch of pattern) {
    if (ch === '*') {
      if (!previousStar) out += ch;
      previousStar = true;
      continue;
    }
    previousStar = false;
    out += ch;
    minLength += 1;
  }
  return { chars: toChars(out), minLength };
}

function matchChars(pattern: Chars, value: Chars): boolean {
  const m = pattern.length;
  const n = value.length;
  let p = 0;
  let v = 0;
  let starP = -1;
  let starV = 0;
  while (v < n) {
    const pc = p < m ? pattern[p] : undefined;
    if (pc === '*') {
      // Remember the star and first try matching it against nothing.
      starP = p;
      starV = v;
      p += 1;
    } else if (pc !== undefined && (pc === '?' || pc === value[v])) {
      p += 1;
      v += 1;
    } else if (starP !== -1) {
      // Let the last star swallow one more character and retry from just after it.
      starV += 1;
      v = starV;
      p = starP + 1;
    } else {
      return false;
    }
  }
  while (p < m && pattern[p] === '*') p += 1;
  return p === m;
}

/** Prepares a pattern once so that matching it against thousands of values stays cheap. */
export function createWildcardMatcher(
  pattern: string,
  options: WildcardOptions = {},
): WildcardMatcher {
  if (typeof pattern !== 'string') return () => false;
  const ci = options.caseInsensitive === true;
  const { chars, minLength } = normalise(ci ? pattern.toLowerCase() : pattern);
  if (chars.length === 1 && chars[0] === '*') return (value) => typeof value === 'string';
  return (value: string): boolean => {
    if (typeof value !== 'string') return false;
    // Cheap rejection before any work: the value cannot be shorter than the pattern's literals.
    if (value.length < minLength) return false;
    return matchChars(chars, toChars(ci ? value.toLowerCase() : value));
  };
}

/** Tests one value against one IAM wildcard pattern; shared by action, resource and condition matching. */
export function wildcardMatch(
  pattern: string,
  value: string,
  options: WildcardOptions = {},
): boolean {
  return createWildcardMatcher(pattern, options)(value);
}

/** True when the text contains an IAM wildcard character (`*` or `?`). */
export function hasWildcard(text: string): boolean {
  return typeof text === 'string' && (text.includes('*') || text.includes('?'));
}
