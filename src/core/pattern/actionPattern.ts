/**
 * Action patterns with IAM's meaning, in one place for the catalog, lint, the graph and the
 * engine: `service:Name` where either part may hold `*` (any run, including none) and `?` (one
 * character), compared case-insensitively; `*` alone (or `**`…) matches every action. A pattern
 * without a service prefix before a colon (`*PassRole`, `GetObject`, `:x`) matches nothing: AWS
 * rejects such an action ("Actions/Conditions must be prefaced by a vendor").
 */

import type { WorkBudget } from './budget';
import { cachedGlob, compileGlob, globMatch, hasWildcard, type Glob } from './glob';

export interface ActionPattern {
  /** 'any': every action; 'none': malformed, matches nothing; 'glob': a `service:Name` pattern. */
  readonly kind: 'any' | 'none' | 'glob';
  /** The pattern as written. */
  readonly text: string;
  /** The lower-cased service prefix when it has no wildcard (used to index patterns by service). */
  readonly service?: string;
  /** The service part as a pattern (to pick the candidate services of `ssm*:Get*`). */
  readonly serviceGlob?: Glob;
  /** The whole `service:name`, lower-cased: a whole-string match equals a part-by-part one, as both hold exactly one colon. */
  readonly glob?: Glob;
}

const ALL_STARS = /^\*+$/;
const NONE: ActionPattern = { kind: 'none', text: '' };

/** Whether an action string has the `service:Name` shape (or is all stars); the lint's "malformed" rule. */
export function isWellFormedAction(text: string): boolean {
  return shapeOf(text) !== 'none';
}

/** The pattern's kind from its text alone: the colon index of a `service:Name` pattern. */
function shapeOf(text: string): 'any' | 'none' | number {
  if (typeof text !== 'string') return 'none';
  if (ALL_STARS.test(text)) return 'any';
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1 || text.indexOf(':', colon + 1) !== -1) return 'none';
  return colon;
}

/** Compiles one Action/NotAction entry (or a catalog query) into a reusable matcher. */
export function compileActionPattern(text: string): ActionPattern {
  const colon = shapeOf(text);
  if (colon === 'any') return { kind: 'any', text };
  if (colon === 'none') return typeof text === 'string' ? { kind: 'none', text } : NONE;
  const servicePart = text.slice(0, colon).toLowerCase();
  return {
    kind: 'glob',
    text,
    ...(hasWildcard(servicePart) ? {} : { service: servicePart }),
    serviceGlob: cachedGlob(servicePart, true),
    glob: compileGlob(text, true),
  };
}

/** Tests one action (`ssm:GetDocument`, any casing) against a compiled pattern. */
export function matchAction(pattern: ActionPattern, action: string, budget?: WorkBudget): boolean {
  if (pattern.kind === 'any') return typeof action === 'string';
  if (pattern.kind === 'none' || pattern.glob === undefined) return false;
  return globMatch(pattern.glob, action, budget);
}

const cache = new Map<string, ActionPattern>();
const CACHE_LIMIT = 4096;

/** Tests one action against one pattern written as text (compiled through a bounded cache). */
export function actionMatches(pattern: string, action: string): boolean {
  if (typeof pattern !== 'string') return false;
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    compiled = compileActionPattern(pattern);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(pattern, compiled);
  }
  return matchAction(compiled, action);
}
