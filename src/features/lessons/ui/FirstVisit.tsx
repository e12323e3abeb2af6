import { useStore } from '../../../store';
import { useT } from '../../../ui/useT';
import { LESSONS } from '../index';
import './lessons.css';

/**
 * What a first visit sees above the editor: one sentence saying what the picture is, lesson 1 to
 * start with, and a dismiss. In the page's flow, never over the graph, never modal.
 */
export function FirstVisit({
  onStart,
  onDismiss,
}: {
  onStart: (lessonId: string) => void;
  onDismiss: () => void;
}) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const first = LESSONS[0];
  return (
    <section className="rm-intro" aria-label={t('intro.label')} data-intro="first-visit">
      <p className="rm-intro__text">{t('intro.text')}</p>
      <div className="rm-intro__actions">
        {first ? (
          <button
            type="button"
            className="rm-primary"
            data-lesson={first.id}
            title={t('intro.startHint', { title: first.title[lang] })}
            onClick={() => onStart(first.id)}
          >
            {t('intro.start')}
          </button>
        ) : null}
        <button type="button" onClick={onDismiss}>
          {t('intro.dismiss')}
        </button>
      </div>
    </section>
  );
}
