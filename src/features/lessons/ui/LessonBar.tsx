import { useT } from '../../../ui/useT';
import { useStore } from '../../../store';
import { LESSONS } from '../index';
import './lessons.css';

/**
 * Says which lesson is open, with the way back to the user's own workspace (one click), the
 * lesson's reset (asks first) and the switch for the lesson panel.
 */
export function LessonBar({
  onBack,
  onReset,
  panelOpen,
  onTogglePanel,
}: {
  onBack: () => void;
  onReset: () => void;
  panelOpen: boolean;
  onTogglePanel: () => void;
}) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const id = useStore((s) => s.lesson);
  const index = LESSONS.findIndex((l) => l.id === id);
  const lesson = LESSONS[index];
  if (!lesson) return null;
  const heading = t('lessons.bar.in', { n: index + 1, title: lesson.title[lang] });
  return (
    <section className="rm-lesson-bar" aria-label={t('lessons.bar.label')} data-lesson={lesson.id}>
      <div className="rm-lesson-bar__what" title={`${heading}\n${t('lessons.bar.note')}`}>
        <strong className="rm-lesson-bar__title">{heading}</strong>
        <span className="rm-lesson-bar__note">{t('lessons.bar.note')}</span>
      </div>
      <div className="rm-lesson-bar__actions">
        <button
          type="button"
          aria-expanded={panelOpen}
          aria-controls="rm-lesson-panel"
          onClick={onTogglePanel}
        >
          {panelOpen ? t('lessons.panel.hide') : t('lessons.panel.show')}
        </button>
        <button
          type="button"
          onClick={() => {
            if (window.confirm(t('lessons.resetConfirm'))) onReset();
          }}
        >
          {t('lessons.reset')}
        </button>
        <button type="button" className="rm-primary" onClick={onBack}>
          {t('lessons.back')}
        </button>
      </div>
    </section>
  );
}
