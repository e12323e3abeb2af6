import { useT } from '../../../ui/useT';
import { useStore } from '../../../store';
import { lessonById } from '../index';
import { LessonQuestionCard } from './LessonQuestionCard';
import './lessons.css';

/** The open lesson's explanation and its "predict the outcome" questions, beside the picture. */
export function LessonPanel() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const id = useStore((s) => s.lesson);
  const lesson = id === undefined ? undefined : lessonById(id);
  if (!lesson) return null;
  return (
    <aside id="rm-lesson-panel" className="rm-lesson-panel" aria-labelledby="rm-lesson-panel-title">
      <h2 id="rm-lesson-panel-title">{lesson.title[lang]}</h2>
      <p className="rm-lesson-panel__summary">{lesson.summary[lang]}</p>
      <h3>{t('lessons.panel.explanation')}</h3>
      {lesson.explanation[lang]
        .split(/\n\s*\n/)
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      <h3>{t('lessons.panel.questions')}</h3>
      {/* Keyed by lesson: a new lesson starts with no answers picked. */}
      <ol className="rm-lesson-panel__questions" key={lesson.id}>
        {lesson.questions.map((q, i) => (
          <LessonQuestionCard key={q.id} question={q} n={i + 1} />
        ))}
      </ol>
    </aside>
  );
}
