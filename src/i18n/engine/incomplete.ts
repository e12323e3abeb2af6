/** Words for why an evaluation is incomplete (the bound it reached), in English and Japanese. */
import { POLICY_LIMITS, type IncompleteCause } from '../../core';
import type { Lang } from '../types';

const LIMIT = POLICY_LIMITS.values.toLocaleString('en-US');

const CAUSES: Record<Lang, Record<IncompleteCause, string>> = {
  en: {
    'work-budget': 'matching needed more work than the evaluation allows',
    'policy-values-cut': `a policy element lists more than ${LIMIT} values and those beyond were not read`,
    'context-values-cut': `a context key has more than ${LIMIT} values and those beyond were not read`,
  },
  ja: {
    'work-budget': '照合に評価の上限を超える処理が必要でした',
    'policy-values-cut': `ポリシーの要素に ${LIMIT} 個を超える値があり、それ以降は読み取っていません`,
    'context-values-cut': `コンテキストキーに ${LIMIT} 個を超える値があり、それ以降は読み取っていません`,
  },
};

/** The bounds behind an incomplete answer as one phrase, so every message names why. */
export function incompleteCausesText(lang: Lang, causes: readonly IncompleteCause[]): string {
  const words = (causes.length > 0 ? causes : (['work-budget'] as const)).map(
    (c) => CAUSES[lang][c],
  );
  return words.join(lang === 'ja' ? '。また、' : '; ');
}
