import { beforeAll, describe, expect, it } from 'vitest';
import {
  Catalog,
  lintPolicy,
  parsePolicy,
  servicesToLoad,
  type DocumentKind,
  type Finding,
} from '../../core';
import { buildGraph } from '../../graph';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { LESSONS } from './index';
import { askQuestion, lessonScenario } from './lessonScenario';
import { LESSON_IDS, type Bilingual, type Lesson, type LessonDocument } from './types';

const catalog = new Catalog(createNodeSource());
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Every document of a lesson with the kind it is linted as. */
function documents(lesson: Lesson): { name: string; kind: DocumentKind; doc: LessonDocument }[] {
  const s = lesson.scenario;
  return [
    { name: 'trust policy', kind: 'trust', doc: s.role.trustPolicy },
    ...s.role.permissionPolicies.map((p) => ({
      name: p.name,
      kind: 'identity' as const,
      doc: p.document,
    })),
    ...(s.role.permissionsBoundary
      ? [{ name: 'boundary', kind: 'boundary' as const, doc: s.role.permissionsBoundary }]
      : []),
    ...(s.sessionPolicy
      ? [{ name: 'session', kind: 'identity' as const, doc: s.sessionPolicy }]
      : []),
    ...(s.scps ?? []).map((doc, i) => ({ name: `scp ${i + 1}`, kind: 'scp' as const, doc })),
    ...(s.resourcePolicy
      ? [{ name: 'resource policy', kind: 'resource' as const, doc: s.resourcePolicy }]
      : []),
  ];
}

/** Every bilingual text of a lesson, with where it is. */
function texts(lesson: Lesson): [string, Bilingual][] {
  return [
    ['title', lesson.title],
    ['summary', lesson.summary],
    ['explanation', lesson.explanation],
    ['scenario title', lesson.scenario.title],
    ...lesson.steps.flatMap((s, i): [string, Bilingual][] => [
      [`step ${i + 1} title`, s.title],
      [`step ${i + 1} body`, s.body],
    ]),
    ...lesson.questions.flatMap((q): [string, Bilingual][] => [
      [`${q.id} prompt`, q.prompt],
      [`${q.id} why`, q.why],
    ]),
  ];
}

beforeAll(async () => {
  const all = LESSONS.flatMap((l) => documents(l).map((d) => d.doc.en));
  await catalog.load([...new Set(all.flatMap((text) => servicesToLoad(text)))]);
});

describe('the lessons', () => {
  it('are the ten PRODUCT.md lists, in its order', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([...LESSON_IDS]);
  });

  describe.each(LESSONS.map((l) => [l.id, l] as const))('%s', (_id, lesson) => {
    it('says everything in both languages: Japanese in ja, English in en', () => {
      for (const [where, text] of texts(lesson)) {
        expect(text.en.trim(), where).not.toBe('');
        expect(text.ja.trim(), where).not.toBe('');
        expect(JAPANESE.test(text.ja), `${where} (ja) is Japanese`).toBe(true);
        expect(JAPANESE.test(text.en), `${where} (en) has no Japanese`).toBe(false);
      }
    });

    it('has the same policies in both languages; only the comments differ', () => {
      for (const { name, doc } of documents(lesson)) {
        const en = parsePolicy(doc.en);
        const ja = parsePolicy(doc.ja);
        expect(en.ok, `${name} (en) parses`).toBe(true);
        expect(ja.ok, `${name} (ja) parses`).toBe(true);
        expect(JSON.parse(JSON.stringify(ja.value)), name).toEqual(
          JSON.parse(JSON.stringify(en.value)),
        );
      }
    });

    it('lints with no error but the comments AWS would refuse (or the error it teaches)', () => {
      const allowed = new Set(['comment', ...(lesson.lintErrors ?? [])]);
      for (const { name, kind, doc } of documents(lesson)) {
        const errors = lintPolicy(doc.en, kind, { catalog }).filter(
          (f: Finding) => f.severity === 'error' && !allowed.has(f.code),
        );
        expect(
          errors.map((f) => `${f.code} at ${f.path}`),
          name,
        ).toEqual([]);
      }
    });

    it('asks two or three questions, each answered by the engine as AWS documents it', () => {
      expect(lesson.questions.length).toBeGreaterThanOrEqual(2);
      expect(lesson.questions.length).toBeLessThanOrEqual(3);
      for (const lang of ['en', 'ja'] as const) {
        const scenario = lessonScenario(lesson, lang);
        for (const q of lesson.questions) {
          expect(q.source, q.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
          const result = askQuestion(scenario, q);
          expect(result?.decision, `${q.id} (${lang})`).toBe(q.expected);
          expect(result?.explain.incomplete, q.id).not.toBe(true);
        }
      }
    });

    it('walks through steps that each highlight something the picture draws', () => {
      expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
      const graph = buildGraph(lessonScenario(lesson, 'en'), { catalog });
      for (const [i, step] of lesson.steps.entries()) {
        const hit = graph.nodes.filter(
          (n) =>
            step.kinds.includes(n.kind) &&
            (step.actions === undefined ||
              (n.kind === 'action' && step.actions.includes(n.action))),
        );
        expect(hit.length, `step ${i + 1}`).toBeGreaterThan(0);
      }
    });
  });
});
