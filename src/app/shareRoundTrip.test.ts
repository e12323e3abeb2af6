import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  decodeScenario,
  minifyDocument,
  parsePolicy,
  sameSharedContent,
  scenarioDocs,
  scenarioPayloadFromHash,
  shareUrl,
  toScenarioFile,
  mapDocuments,
  type Scenario,
} from '../core';
import { LESSONS, askQuestion, lessonScenario } from '../features/lessons';
import { buildGraph } from '../graph';
import { LANGS, type Lang } from '../i18n';

/** The lesson's documents as AWS's CLI or console would print them: indented JSON, no comments. */
function withoutComments(s: Scenario): Scenario {
  return mapDocuments(s, (text) => JSON.stringify(parsePolicy(text).value, null, 2));
}

// Every lesson scenario, in both languages, with its comments and without, through a share link
// and back: the same documents (comments verbatim; comment-free ones equal as JSON and minified in
// the link), the same picture, the same answers to the lesson's questions.
describe('share links round-trip every lesson scenario', () => {
  for (const lesson of LESSONS) {
    for (const [lang, form] of LANGS.flatMap((l) => [
      [l, 'commented'],
      [l, 'plain'],
    ])) {
      it(`${lesson.id} (${lang}, ${form})`, () => {
        const given = lessonScenario(lesson, lang as Lang);
        const s = form === 'plain' ? withoutComments(given) : given;
        const url = shareUrl(s, 'https://docs.example.com/rolemap/');
        const payload = scenarioPayloadFromHash(url.slice(url.indexOf('#'))) ?? '';
        // Still PRODUCT.md's format: lz-string of the scenario file's JSON.
        const file: unknown = JSON.parse(LZString.decompressFromEncodedURIComponent(payload));
        expect(file).toMatchObject({ rolemap: 1, role: { name: s.role.name } });
        if (form === 'plain')
          expect((file as { role: { trustPolicy: string } }).role.trustPolicy).toBe(
            minifyDocument(s.role.trustPolicy),
          );
        const back = decodeScenario(payload);
        if (!back.ok) throw new Error(back.error.code);
        expect(sameSharedContent(back.scenario, s)).toBe(true);
        expect(toScenarioFile(back.scenario).title).toBe(s.title);

        const before = scenarioDocs(s);
        const after = scenarioDocs(back.scenario);
        expect(after.map((d) => [d.id, d.kind, d.name])).toEqual(
          before.map((d) => [d.id, d.kind, d.name]),
        );
        for (const [i, doc] of before.entries()) {
          const parsed = parsePolicy(doc.text);
          const got = after[i]?.text ?? '';
          if (parsed.comments.length > 0) expect(got).toBe(doc.text);
          else expect(minifyDocument(got)).toBe(minifyDocument(doc.text));
          expect(parsePolicy(got).value).toEqual(parsed.value);
        }

        const shape = (g: ReturnType<typeof buildGraph>) => ({
          nodes: g.nodes.map((n) => [n.id, n.kind, n.label]),
          edges: g.edges.map((e) => [e.id, e.source, e.target]),
        });
        expect(shape(buildGraph(back.scenario))).toEqual(shape(buildGraph(s)));
        for (const q of lesson.questions)
          expect(askQuestion(back.scenario, q)?.decision, q.id).toBe(askQuestion(s, q)?.decision);
      });
    }
  }
});
