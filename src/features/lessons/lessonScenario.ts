/** A lesson's scenario in one language, and a lesson question asked of the real engine. */
import {
  buildSimulation,
  evaluateRequest,
  readScenarioValue,
  type EvaluationResult,
  type Scenario,
  type ScenarioFile,
} from '../../core';
import type { Lang } from '../../i18n';
import type { Lesson, LessonQuestion, LessonScenario } from './types';

/** The lesson's scenario file in `lang`: the same policies, with that language's comments. */
export function lessonScenarioFile(scenario: LessonScenario, lang: Lang): ScenarioFile {
  const { role } = scenario;
  return {
    rolemap: 1,
    title: scenario.title[lang],
    role: {
      name: role.name,
      ...(role.account !== undefined ? { account: role.account } : {}),
      ...(role.maxSessionDuration !== undefined
        ? { maxSessionDuration: role.maxSessionDuration }
        : {}),
      trustPolicy: role.trustPolicy[lang],
      permissionPolicies: role.permissionPolicies.map((p) => ({
        name: p.name,
        managed: p.managed === true,
        document: p.document[lang],
      })),
      ...(role.permissionsBoundary !== undefined
        ? { permissionsBoundary: role.permissionsBoundary[lang] }
        : {}),
    },
    ...(scenario.sessionPolicy !== undefined
      ? { sessionPolicy: scenario.sessionPolicy[lang] }
      : {}),
    ...(scenario.scps !== undefined ? { scps: scenario.scps.map((s) => s[lang]) } : {}),
    ...(scenario.resourcePolicy !== undefined
      ? { resourcePolicy: scenario.resourcePolicy[lang] }
      : {}),
  };
}

/** The lesson's scenario in `lang`, as the workspace holds it (with document ids). */
export function lessonScenario(lesson: Lesson, lang: Lang): Scenario {
  const read = readScenarioValue(lessonScenarioFile(lesson.scenario, lang));
  if (!read.ok) throw new Error(`lesson ${lesson.id}: ${read.error.code}`);
  return read.scenario;
}

/** Asks the engine a lesson question, exactly as the simulator would ask it. */
export function askQuestion(
  scenario: Scenario,
  question: LessonQuestion,
): EvaluationResult | undefined {
  const simulation = buildSimulation(scenario, {
    who: question.who,
    action: question.action,
    resource: question.resource,
    operation: question.operation ?? '',
    callerAllows: question.callerAllows === true,
    context: question.context ?? {},
    disabled: new Set(),
  });
  return simulation.request === undefined ? undefined : evaluateRequest(simulation.request);
}
