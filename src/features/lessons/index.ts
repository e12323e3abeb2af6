/** The lessons, in picker order (LESSON_IDS), and what the UI needs to open and ask them. */
import { lesson as ec2Ssm } from './data/ec2-ssm';
import type { Lesson } from './types';

/** Every lesson; lessons.test.ts checks there is one per id in LESSON_IDS, in that order. */
export const LESSONS: readonly Lesson[] = [ec2Ssm];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export { LESSON_IDS, type Lesson, type LessonId, type LessonQuestion } from './types';
export { askQuestion, lessonScenario, lessonScenarioFile } from './lessonScenario';
