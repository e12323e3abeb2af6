import { useCallback } from 'react';
import { useStore } from '../store';
import { translate, type MessageKey, type Translate } from './index';

/** The translate function for the current UI language. */
export function useT(): Translate {
  const lang = useStore((s) => s.lang);
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
    [lang],
  );
}
