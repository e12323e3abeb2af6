import { useMemo } from 'react';
import { useStore } from '../store';
import { translator, type Translate } from '../i18n';

/** The translate function for the current UI language. */
export function useT(): Translate {
  const lang = useStore((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
