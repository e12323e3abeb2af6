/** The lessons, in picker order (LESSON_IDS), and what the UI needs to open and ask them. */
import { lesson as crossAccountExternalId } from './data/cross-account-externalid';
import { lesson as ec2Ssm } from './data/ec2-ssm';
import { lesson as ecsTaskRoles } from './data/ecs-task-roles';
import { lesson as githubOidc } from './data/github-oidc';
import { lesson as lambdaLogs } from './data/lambda-logs';
import { lesson as permissionsBoundary } from './data/permissions-boundary';
import { lesson as roleChaining } from './data/role-chaining';
import { lesson as samlFederation } from './data/saml-federation';
import { lesson as scpGuardrail } from './data/scp-guardrail';
import { lesson as userVsRole } from './data/user-vs-role';
import type { Lesson } from './types';

/** Every lesson; lessons.test.ts checks there is one per id in LESSON_IDS, in that order. */
export const LESSONS: readonly Lesson[] = [
  ec2Ssm,
  lambdaLogs,
  ecsTaskRoles,
  crossAccountExternalId,
  githubOidc,
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
