/**
 * Resource ARN patterns, matched case-sensitively segment by segment: `*` and `?` work inside a
 * colon-separated segment, and a `*` that ends a segment may run on across the following colons
 * (AWS docs, "IAM JSON policy elements: Resource", Using wildcards in resource ARNs).
 */

import type { WorkBudget } from './budget';
import { compileGlob, globMatch, type Glob, type GlobPart } from './glob';

export interface ResourcePattern {
  readonly any: boolean;
  readonly exact?: string;
  readonly segments: readonly Glob[];
  /** Too many segments for the segment walk: fall back to one whole-string pattern. */
  readonly whole?: Glob;
}

const MAX_SEGMENTS = 64;

/** Compiles a Resource entry (already variable-substituted) into a reusable matcher. */
export function compileResourcePattern(parts: readonly GlobPart[] | string): ResourcePattern {
  const list: readonly GlobPart[] = typeof parts === 'string' ? [parts] : parts;
  const whole = compileGlob(list);
  if (whole.mode === 'any') return { any: true, segments: [] };
  if (whole.mode === 'exact') return { any: false, exact: whole.text, segments: [] };
  const segments = splitParts(list).map((segment) => compileGlob(segment));
  if (segments.length > MAX_SEGMENTS) return { any: false, segments: [], whole };
  return { any: false, segments };
}

/** Splits pattern parts at every colon, keeping literal parts literal. */
function splitParts(list: readonly GlobPart[]): GlobPart[][] {
  const out: GlobPart[][] = [[]];
  for (const part of list) {
    const isLiteral = typeof part !== 'string';
    const pieces = (isLiteral ? part.literal : part).split(':');
    pieces.forEach((piece, i) => {
      if (i > 0) out.push([]);
      const current = out[out.length - 1] as GlobPart[];
      current.push(isLiteral ? { literal: piece } : piece);
    });
  }
  return out;
}

/** Tests a request resource against a compiled pattern; general patterns draw on `budget`. */
export function matchResourcePattern(
  pattern: ResourcePattern,
  value: string,
  budget?: WorkBudget,
): boolean {
  if (typeof value !== 'string') return false;
  if (pattern.any) return true;
  if (pattern.exact !== undefined) return value === pattern.exact;
  if (pattern.whole !== undefined) return globMatch(pattern.whole, value, budget);
  const pieces = value.split(':');
  if (pieces.length > MAX_SEGMENTS) return false;
  if (budget !== undefined && !budget.spend(pieces.length * pattern.segments.length)) return false;
  const n = pieces.length;
  const refusedBefore = budget?.refused ?? 0;
  // reach[j]: the pattern segments so far can cover exactly the first j value segments.
  let reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (const segment of pattern.segments) {
    const next = new Uint8Array(n + 1);
    for (let j = 0; j < n; j += 1) {
      if (reach[j] !== 1) continue;
      if (!globMatch(segment, pieces[j] as string, budget)) continue;
      next[j + 1] = 1;
      // A trailing `*` may also swallow the colons and segments that follow.
      if (segment.trailingStar) next.fill(1, j + 1);
    }
    reach = next;
    if (budget !== undefined && budget.refused > refusedBefore) return false;
  }
  return reach[n] === 1;
}

/** Tests one ARN against one Resource pattern written as text (no variables). */
export function resourceMatches(pattern: string, arn: string): boolean {
  if (typeof pattern !== 'string') return false;
  return matchResourcePattern(compileResourcePattern(pattern), arn);
}
