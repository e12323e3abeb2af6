import {
  actionMatches,
  compileResourcePattern,
  hasWildcard,
  matchResourcePattern,
} from '../../pattern';
import type { PathedString } from '../../policy';
import { PAIRWISE_LIMIT } from '../helpers';
import type { Check, LintContext } from '../types';

/** Above this many literal × wildcard comparisons in one list, the check is skipped. */
const MAX_COMPARISONS = 1_000_000;

interface Wide {
  entry: PathedString;
  /** The text before the first wildcard (lower-cased for actions): a cheap pre-test. */
  head: string;
  matches: (value: string) => boolean;
}

function matcherOf(pattern: ReturnType<typeof compileResourcePattern>) {
  return (value: string): boolean => matchResourcePattern(pattern, value);
}

function report(
  ctx: LintContext,
  code: 'redundant-action' | 'redundant-resource',
  narrow: PathedString,
  wide: string,
): void {
  ctx.report(
    'suggestion',
    code,
    wide === narrow.value ? { entry: narrow.value } : { entry: narrow.value, coveredBy: wide },
    narrow.path,
  );
}

/**
 * Flags entries equal to an earlier one, and literal entries matched by a wildcard entry of the
 * same list. `group` buckets entries (actions by service) so only plausible pairs are compared.
 */
function findRedundant(
  ctx: LintContext,
  entries: readonly PathedString[],
  kind: 'action' | 'resource',
): void {
  if (entries.length < 2) return;
  const ci = kind === 'action';
  const code = kind === 'action' ? 'redundant-action' : 'redundant-resource';
  const norm = (v: string): string => (ci ? v.toLowerCase() : v);
  const group = (v: string): string =>
    kind === 'action' ? (v.split(':')[0] ?? '').toLowerCase() : '';
  const firstSeen = new Set<string>();
  const wides = new Map<string, Wide[]>();
  const anyService: Wide[] = [];
  for (const e of entries) {
    if (!hasWildcard(e.value)) continue;
    const head = norm(e.value.slice(0, e.value.search(/[*?]/)));
    const wide = {
      entry: e,
      head,
      // The engine's own matchers: an entry is redundant only if the engine would match it too.
      matches: ci
        ? (value: string) => actionMatches(e.value, value)
        : matcherOf(compileResourcePattern(e.value)),
    };
    const g = group(e.value);
    if (kind === 'action' && (hasWildcard(g) || !e.value.includes(':'))) anyService.push(wide);
    else wides.set(g, [...(wides.get(g) ?? []), wide]);
  }
  let budget = MAX_COMPARISONS;
  for (const e of entries) {
    const key = norm(e.value);
    if (firstSeen.has(key)) {
      report(ctx, code, e, e.value);
      continue;
    }
    firstSeen.add(key);
    if (hasWildcard(e.value) || e.value.includes('${')) continue;
    const candidates = [...anyService, ...(wides.get(group(e.value)) ?? [])];
    budget -= candidates.length;
    if (budget < 0) return;
    const hit = candidates.find((w) => key.startsWith(w.head) && w.matches(e.value));
    if (hit) report(ctx, code, e, hit.entry.value);
  }
}

/**
 * Entries already covered by another in the same list (`s3:GetObject` beside `s3:Get*`), and
 * statements repeated word for word: harmless but they hide what the policy really grants.
 */
export const redundancy: Check = {
  codes: ['redundant-action', 'redundant-resource', 'redundant-statement'],
  run(ctx) {
    const seen = new Map<string, number>();
    for (const stmt of ctx.statements) {
      findRedundant(ctx, stmt.action?.values ?? [], 'action');
      findRedundant(ctx, stmt.notAction?.values ?? [], 'action');
      findRedundant(ctx, stmt.resource?.values ?? [], 'resource');
      if (ctx.statements.length > PAIRWISE_LIMIT) continue;
      const { Sid: _sid, ...rest } = stmt.raw;
      let key: string;
      try {
        key = JSON.stringify(rest);
      } catch {
        continue;
      }
      if (key.length > 100_000) continue;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.report('suggestion', 'redundant-statement', { index: first }, stmt.path);
      } else {
        seen.set(key, stmt.index);
      }
    }
  },
};
