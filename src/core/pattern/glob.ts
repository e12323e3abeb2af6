/**
 * IAM wildcard patterns compiled once: `*` any run, `?` one character, and literal `*`/`?`/`$`
 * that came from the `${*}`, `${?}`, `${$}` policy variables. Never builds a RegExp from input;
 * the greedy single-backtrack matcher is O(pattern × value) at worst, and when given a budget it
 * draws on it (a refused match returns false and is counted by the budget).
 */

import type { WorkBudget } from './budget';

/** A piece of pattern text: a plain string has wildcards, `{ literal }` is matched as written. */
export type GlobPart = string | { readonly literal: string };

const KIND_CHAR = 0;
const KIND_STAR = 1;
const KIND_ONE = 2;

export interface Glob {
  /** 'any' = just `*`; 'exact' = no wildcard; 'prefix' = text then one trailing `*`; 'general' otherwise. */
  readonly mode: 'any' | 'exact' | 'prefix' | 'general';
  readonly text: string;
  readonly chars: readonly string[];
  readonly kinds: Uint8Array;
  readonly minLength: number;
  /** The pattern ends with a wildcard `*` (used by segment-aware resource matching). */
  readonly trailingStar: boolean;
  /** The pattern was folded to lower case: values must be folded too. */
  readonly lower: boolean;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Splits text into characters by code point, so `?` matches one character outside the BMP too. */
export function toChars(text: string): readonly string[] {
  return SURROGATE.test(text) ? Array.from(text) : text.split('');
}

/** Compiles pattern parts into a reusable matcher; `lower` folds the pattern (and later values) to lower case. */
export function compileGlob(parts: readonly GlobPart[] | string, lower = false): Glob {
  const list: readonly GlobPart[] = typeof parts === 'string' ? [parts] : parts;
  const simple = simpleGlob(list, lower);
  if (simple) return simple;
  const chars: string[] = [];
  const kinds: number[] = [];
  let text = '';
  for (const part of list) {
    const isLiteral = typeof part !== 'string';
    const raw = isLiteral ? part.literal : part;
    const value = lower ? raw.toLowerCase() : raw;
    text += value;
    for (const ch of toChars(value)) {
      let kind = KIND_CHAR;
      if (!isLiteral && ch === '*') kind = KIND_STAR;
      else if (!isLiteral && ch === '?') kind = KIND_ONE;
      // Runs of stars mean the same as one star.
      if (kind === KIND_STAR && kinds[kinds.length - 1] === KIND_STAR) continue;
      chars.push(ch);
      kinds.push(kind);
    }
  }
  const stars = kinds.filter((k) => k === KIND_STAR).length;
  const ones = kinds.filter((k) => k === KIND_ONE).length;
  const last = kinds.length - 1;
  let mode: Glob['mode'] = 'general';
  if (kinds.length === 1 && kinds[0] === KIND_STAR) mode = 'any';
  else if (stars === 0 && ones === 0) mode = 'exact';
  else if (stars === 1 && ones === 0 && kinds[last] === KIND_STAR) mode = 'prefix';
  return {
    mode,
    text:
      mode === 'exact' ? joined(chars) : mode === 'prefix' ? joined(chars.slice(0, last)) : text,
    chars,
    kinds: Uint8Array.from(kinds),
    minLength: kinds.length - stars,
    trailingStar: kinds[last] === KIND_STAR,
    lower,
  };
}

const NO_KINDS = new Uint8Array(0);

function joined(chars: readonly string[]): string {
  return chars.join('');
}

/** Fast path for the common shapes (`*`, plain text, `text*`) that need no character tables. */
function simpleGlob(list: readonly GlobPart[], lower: boolean): Glob | undefined {
  if (list.length !== 1 || typeof list[0] !== 'string') return undefined;
  const text = lower ? list[0].toLowerCase() : list[0];
  const star = text.indexOf('*');
  if (text.includes('?') || SURROGATE.test(text)) return undefined;
  const base = { chars: [] as string[], kinds: NO_KINDS, lower };
  if (star === -1)
    return { ...base, mode: 'exact', text, minLength: text.length, trailingStar: false };
  let end = text.length;
  while (end > 0 && text[end - 1] === '*') end -= 1;
  if (star < end) return undefined;
  if (end === 0) return { ...base, mode: 'any', text: '*', minLength: 0, trailingStar: true };
  return { ...base, mode: 'prefix', text: text.slice(0, end), minLength: end, trailingStar: true };
}

/**
 * Tests a value against a compiled pattern; a pattern compiled with `lower` folds the value too.
 * Exact and prefix patterns are linear and free; general ones draw on `budget` when given.
 */
export function globMatch(glob: Glob, value: string, budget?: WorkBudget): boolean {
  if (typeof value !== 'string') return false;
  const v = glob.lower ? value.toLowerCase() : value;
  switch (glob.mode) {
    case 'any':
      return true;
    case 'exact':
      return v === glob.text;
    case 'prefix':
      return v.startsWith(glob.text);
    default:
      return matchGeneral(glob, v, budget);
  }
}

/** Work units spent between budget checks inside one long match. */
const CHUNK = 4096;

function matchGeneral(glob: Glob, text: string, budget: WorkBudget | undefined): boolean {
  const value = SURROGATE.test(text) ? Array.from(text) : text;
  if (value.length < glob.minLength) return false;
  // Every general match costs at least one unit up front: once the budget is spent, the next
  // match is refused at once (and counted), however cheap its own steps would have been.
  if (budget !== undefined && !budget.spend(1)) return false;
  const { chars, kinds } = glob;
  const m = chars.length;
  const n = value.length;
  let p = 0;
  let v = 0;
  let starP = -1;
  let starV = 0;
  let steps = 0;
  while (v < n) {
    if (++steps > CHUNK) {
      if (budget !== undefined && !budget.spend(steps)) return false;
      steps = 0;
    }
    const kind = p < m ? kinds[p] : undefined;
    if (kind === KIND_STAR) {
      starP = p;
      starV = v;
      p += 1;
    } else if (kind !== undefined && (kind === KIND_ONE || chars[p] === value[v])) {
      p += 1;
      v += 1;
    } else if (starP !== -1) {
      // Let the last star swallow one more character and retry just after it.
      starV += 1;
      v = starV;
      p = starP + 1;
    } else {
      // A definite answer: the work is charged, but nothing was refused.
      budget?.charge(steps);
      return false;
    }
  }
  budget?.charge(steps);
  while (p < m && kinds[p] === KIND_STAR) p += 1;
  return p === m;
}

/** True when plain pattern text contains a wildcard character (`*` or `?`). */
export function hasWildcard(text: string): boolean {
  return typeof text === 'string' && (text.includes('*') || text.includes('?'));
}

const cache = new Map<string, Glob>();
const CACHE_LIMIT = 4096;

/** Compiles plain pattern text through a bounded cache, for patterns seen again and again. */
export function cachedGlob(text: string, lower = false): Glob {
  const key = (lower ? 'l:' : 's:') + text;
  const hit = cache.get(key);
  if (hit) return hit;
  const glob = compileGlob(text, lower);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, glob);
  return glob;
}

/** Tests one value against one plain pattern (compiled through the cache). */
export function wildcardMatch(pattern: string, value: string, caseInsensitive = false): boolean {
  if (typeof pattern !== 'string') return false;
  return globMatch(cachedGlob(pattern, caseInsensitive), value);
}
