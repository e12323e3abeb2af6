import { useCallback } from 'react';
import type { ConditionText, GraphText } from '../../graph';
import { conditionText, graphText } from '../../i18n/engine/graph';
import { useStore } from '../../store';

/** Words graph texts (labels, details, edge verbs) in the UI language, as the CLI would. */
export function useGraphText(): (text: GraphText | undefined) => string {
  const lang = useStore((s) => s.lang);
  return useCallback((text) => (text === undefined ? '' : graphText(lang, text)), [lang]);
}

/** Words condition codes in the UI language, one sentence each. */
export function useConditionText(): (conditions: readonly ConditionText[]) => string[] {
  const lang = useStore((s) => s.lang);
  return useCallback((conditions) => conditions.map((c) => conditionText(lang, c)), [lang]);
}
