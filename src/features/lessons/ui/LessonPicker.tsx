import { useRef } from 'react';
import { useShowModal } from '../../../ui/useShowModal';
import { useT } from '../../../ui/useT';
import { useStore } from '../../../store';
import { LESSONS } from '../index';
import './lessons.css';

/** The lesson picker: the ten lessons in order, each with its title and summary in the UI language. */
export function LessonPicker({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const current = useStore((s) => s.lesson);
  const setOpen = useStore((s) => s.setLessonPickerOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useShowModal(ref);
  return (
    <dialog
      ref={ref}
      className="rm-dialog rm-lessons-picker"
      aria-labelledby="rm-lessons-picker-title"
      onCancel={(e) => {
        e.preventDefault();
        setOpen(false);
      }}
    >
      <div className="rm-lessons-picker__head">
        <h2 id="rm-lessons-picker-title">{t('lessons.picker.title')}</h2>
        <button type="button" onClick={() => setOpen(false)}>
          {t('lessons.picker.close')}
        </button>
      </div>
      <p className="rm-lessons-picker__intro">{t('lessons.picker.intro')}</p>
      <ol className="rm-lessons-picker__list">
        {LESSONS.map((lesson, i) => (
          <li key={lesson.id}>
            <button
              type="button"
              className="rm-lessons-picker__item"
              data-lesson={lesson.id}
              aria-current={current === lesson.id ? 'true' : undefined}
              aria-describedby={`rm-lesson-summary-${lesson.id}`}
              onClick={() => onOpen(lesson.id)}
            >
              <span className="rm-lessons-picker__number">
                {t('lessons.picker.number', { n: i + 1 })}
                {current === lesson.id ? (
                  <span className="rm-lessons-picker__current">
                    {' · '}
                    {t('lessons.picker.current')}
                  </span>
                ) : null}
              </span>
              <span className="rm-lessons-picker__title">{lesson.title[lang]}</span>
              <span id={`rm-lesson-summary-${lesson.id}`} className="rm-lessons-picker__summary">
                {lesson.summary[lang]}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </dialog>
  );
}
