/** Words for why an evaluation is incomplete (the bound it reached), in English and Japanese. */
import { MAX_CONTEXT_KEYS, MAX_POLICIES, POLICY_LIMITS, type IncompleteCause } from '../../core';
import type { Lang } from '../types';
import { formatCount } from '../words';

/**
 * Worded on first use, not when the module loads: the limits are in the thousands, and grouping
 * them is the page's first use of Intl (formatCount), which would land in the first picture.
 */
function causesTable(): Record<Lang, Record<IncompleteCause, string>> {
  const LIMIT = formatCount('en', POLICY_LIMITS.values);
  const STATEMENTS = formatCount('en', POLICY_LIMITS.statements);
  const KEYS = formatCount('en', MAX_CONTEXT_KEYS);
  const POLICIES = formatCount('en', MAX_POLICIES);
  return {
    en: {
      'work-budget': 'matching needed more work than the evaluation allows',
      'policy-values-cut': `a policy element lists more than ${LIMIT} values and those beyond were not read`,
      'context-values-cut': `a context key has more than ${LIMIT} values and those beyond were not read`,
      'context-keys-cut': `the request has more than ${KEYS} context keys and those beyond were not read`,
      'statements-cut': `a policy has more than ${STATEMENTS} statements and those beyond were not matched`,
      'policies-cut': `a list has more than ${POLICIES} policies and those beyond were not matched`,
    },
    ja: {
      'work-budget': '照合に評価の上限を超える処理が必要でした',
      'policy-values-cut': `ポリシーの要素に ${LIMIT} 個を超える値があり、それ以降は読み取っていません`,
      'context-values-cut': `コンテキストキーに ${LIMIT} 個を超える値があり、それ以降は読み取っていません`,
      'context-keys-cut': `リクエストに ${KEYS} 個を超えるコンテキストキーがあり、それ以降は読み取っていません`,
      'statements-cut': `ポリシーに ${STATEMENTS} 個を超えるステートメントがあり、それ以降は照合していません`,
      'policies-cut': `${POLICIES} 個を超えるポリシーが指定されており、それ以降は照合していません`,
    },
  };
}
let table: Record<Lang, Record<IncompleteCause, string>> | undefined;

/** The bounds behind an incomplete answer as one phrase, so every message names why. */
export function incompleteCausesText(lang: Lang, causes: readonly IncompleteCause[]): string {
  const words = (causes.length > 0 ? causes : (['work-budget'] as const)).map(
    (c) => (table ??= causesTable())[lang][c],
  );
  return words.join(lang === 'ja' ? '。また、' : '; ');
}
