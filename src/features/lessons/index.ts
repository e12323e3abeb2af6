/** The lessons, in picker order (LESSON_IDS), and what the UI needs to open and ask them. */
import { lesson as permissionsBoundary } from './data/permissions-boundary';
import { lesson as roleChaining } from './data/role-chaining';
import { lesson as samlFederation } from './data/saml-federation';
import { lesson as scpGuardrail } from './data/scp-guardrail';
import { lesson as userVsRole } from './data/user-vs-role';
import type { Lesson } from './types';

/** Every lesson; lessons.test.ts checks there is one per id in LESSON_IDS, in that order. */
export const LESSONS: readonly Lesson[] = [
  samlFederation,
  userVsRole,
  permissionsBoundary,
  scpGuardrail,
  roleChaining,
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export { LESSON_IDS, type Lesson, type LessonId, type LessonQuestion } from './types';
export { askQuestion, lessonScenario, lessonScenarioFile } from './lessonScenario';
