import { useState } from 'react';
import { DECISIONS, type Decision } from '../../../core';
import { useT } from '../../../ui/useT';
import { useStore } from '../../../store';
import { askQuestion } from '../lessonScenario';
import type { LessonQuestion } from '../types';

const ANSWER = {
  Allow: 'lessons.answer.Allow',
  ExplicitDeny: 'lessons.answer.ExplicitDeny',
  ImplicitDeny: 'lessons.answer.ImplicitDeny',
} as const satisfies Record<Decision, string>;

/**
 * One "predict the outcome" question: the learner picks a decision, then the real engine runs the
 * request on the lesson workspace's policies as they are now, and the card says whether the
 * prediction was right and why.
 */
export function LessonQuestionCard({ question, n }: { question: LessonQuestion; n: number }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const scenario = useStore((s) => s.scenario);
  const [picked, setPicked] = useState<Decision>();
  // Asked again on every edit, so the answer is always the engine's on what the picture shows.
  const result = picked === undefined ? undefined : askQuestion(scenario, question);
  const promptId = `rm-lesson-q-${question.id}`;
  return (
    <li className="rm-lesson-q" data-question={question.id}>
      <p className="rm-lesson-q__prompt" id={promptId}>
        <span className="rm-lesson-q__number">{t('lessons.question.number', { n })}</span>
        {question.prompt[lang]}
      </p>
      <div className="rm-lesson-q__answers" role="group" aria-labelledby={promptId}>
        {DECISIONS.map((d) => (
          <button
            key={d}
            type="button"
            aria-pressed={picked === d}
            className={picked === d ? 'rm-primary' : undefined}
            onClick={() => setPicked(d)}
          >
            {t(ANSWER[d])}
          </button>
        ))}
      </div>
      {picked === undefined ? null : (
        <div
          className={`rm-lesson-q__result ${
            result === undefined
              ? ''
              : result.decision === picked
                ? 'rm-lesson-q__result--right'
                : 'rm-lesson-q__result--wrong'
          }`}
          role="status"
          data-decision={result?.decision}
          data-correct={result === undefined ? undefined : String(result.decision === picked)}
        >
          {result === undefined ? (
            <p>{t('lessons.result.cannot')}</p>
          ) : (
            <>
              <p className="rm-lesson-q__verdict">
                <span aria-hidden="true">{result.decision === picked ? '✓ ' : '✗ '}</span>
                {t(result.decision === picked ? 'lessons.result.right' : 'lessons.result.wrong', {
                  decision: t(ANSWER[result.decision]),
                })}
              </p>
              {result.decision === question.expected ? (
                <>
                  <h4>{t('lessons.result.why')}</h4>
                  <p className="rm-lesson-q__why">{question.why[lang]}</p>
                  <a href={question.source} target="_blank" rel="noreferrer">
                    {t('lessons.result.source')}
                  </a>
                </>
              ) : (
                <p>{t('lessons.result.edited')}</p>
              )}
            </>
          )}
        </div>
      )}
    </li>
  );
}
