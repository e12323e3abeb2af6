import { useRef, useState } from 'react';
import { useStore } from '../store';
import { useT } from '../ui/useT';
import { useScenarioTitle } from './useScenarioTitle';

/**
 * The scenario's title in the top bar, editable in place and saved with the scenario. Left empty,
 * it shows a title derived from the policies instead, so the header is never silently wrong.
 */
export function TitleField() {
  const t = useT();
  const setTitle = useStore((s) => s.setTitle);
  const own = useStore((s) => s.scenario.title ?? '');
  const title = useScenarioTitle();
  // The draft lives here while typing, so spaces survive; the scenario gets it on Enter or blur.
  const [draft, setDraft] = useState<string | undefined>();
  const cancelled = useRef(false);
  const commit = () => {
    if (draft !== undefined && !cancelled.current) setTitle(draft);
    cancelled.current = false;
    setDraft(undefined);
  };
  return (
    <input
      className={`rm-title${title.isDerived ? ' is-derived' : ''}`}
      aria-label={t('app.titleLabel')}
      title={`${title.text}\n${t('app.titleHint')}`}
      value={draft ?? own}
      placeholder={title.derived}
      spellCheck={false}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          cancelled.current = true;
          e.currentTarget.blur();
        }
      }}
    />
  );
}
