import type { ConditionKeyInfo } from './types';

/** A templated key split into its literal pieces; each gap between pieces is a variable. */
interface Template {
  info: ConditionKeyInfo;
  /** Lower-cased literal pieces; pieces.length - 1 variables, each matching one or more characters. */
  pieces: string[];
}

const VARIABLE = /\$\{[^}]*\}|<[^>]*>/;
const VARIABLES = /\$\{[^}]*\}|<[^>]*>/g;
/**
 * The other ways the service authorization reference writes a tag or attribute key after a slash:
 * `secretsmanager:ResourceTag/tag-key`, `glacier:ResourceTag/` (nothing after the slash).
 */
const TAIL_PLACEHOLDER = /\/(tag-key)?$/;

/**
 * Splits a key into literal pieces around its variables: `${Name}` or `<key>` anywhere, a final
 * `/tag-key` or bare `/`, or — in the global list, which writes `aws:PrincipalTag/tag-key` —
 * everything after the first `/`.
 */
function templatePieces(lowerKey: string, slashIsVariable: boolean): string[] | undefined {
  if (VARIABLE.test(lowerKey)) return lowerKey.split(VARIABLES);
  const tail = TAIL_PLACEHOLDER.exec(lowerKey);
  if (tail) return [lowerKey.slice(0, tail.index + 1), ''];
  if (slashIsVariable) {
    const slash = lowerKey.indexOf('/');
    if (slash > 0) return [lowerKey.slice(0, slash + 1), ''];
  }
  return undefined;
}

/** Leftmost placement of each literal, each variable taking at least one character. */
function matchesPieces(value: string, pieces: readonly string[]): boolean {
  const first = pieces[0] ?? '';
  const last = pieces[pieces.length - 1] ?? '';
  if (!value.startsWith(first)) return false;
  let at = first.length;
  for (let i = 1; i < pieces.length - 1; i += 1) {
    const piece = pieces[i] ?? '';
    const found = value.indexOf(piece, at + 1);
    if (found < 0) return false;
    at = found + piece.length;
  }
  // The last variable needs at least one character before the final literal.
  return value.length - last.length >= at + 1 && value.endsWith(last);
}

/**
 * Case-insensitive lookup of condition keys, exact first, then templated ones
 * (`aws:ResourceTag/${TagKey}` answers for `aws:ResourceTag/env`).
 */
export class ConditionKeyIndex {
  private readonly exact = new Map<string, ConditionKeyInfo>();
  private readonly templates: Template[] = [];

  /** slashIsVariable: treat `prefix/anything` keys as templates (the global key list's style). */
  constructor(keys: Iterable<ConditionKeyInfo>, slashIsVariable = false) {
    for (const info of keys) {
      const lower = info.key.toLowerCase();
      if (!this.exact.has(lower)) this.exact.set(lower, info);
      const pieces = templatePieces(lower, slashIsVariable);
      if (pieces) this.templates.push({ info, pieces });
    }
  }

  /** Finds the key's entry: an exact match, else the first template it fits; never throws. */
  find(name: string): ConditionKeyInfo | undefined {
    if (typeof name !== 'string' || name.length === 0) return undefined;
    const lower = name.toLowerCase();
    const hit = this.exact.get(lower);
    if (hit) return hit;
    for (const template of this.templates) {
      if (matchesPieces(lower, template.pieces)) return template.info;
    }
    return undefined;
  }

  /**
   * The templated key that `name` names without its variable part (`aws:ResourceTag` or
   * `aws:ResourceTag/` for `aws:ResourceTag/${TagKey}`), or undefined; never throws.
   */
  findWithoutVariable(name: string): ConditionKeyInfo | undefined {
    if (typeof name !== 'string' || name.length === 0) return undefined;
    const lower = name.toLowerCase();
    const withSlash = lower.endsWith('/') ? lower : `${lower}/`;
    for (const template of this.templates) {
      const first = template.pieces[0] ?? '';
      if (first.endsWith('/') && first === withSlash) return template.info;
    }
    return undefined;
  }

  /** Every key, for completions. */
  all(): ConditionKeyInfo[] {
    return [...this.exact.values()];
  }
}
