import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_FOR_NODE_KIND, GLOSSARY_IDS, glossaryEntry } from './glossary';
import { LESSONS } from './index';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ids = new Set<string>(GLOSSARY.map((e) => e.id));

describe('the glossary', () => {
  it('has one entry per id, in the order GLOSSARY_IDS lists them', () => {
    expect(GLOSSARY.map((e) => e.id)).toEqual([...GLOSSARY_IDS]);
    expect(ids.size).toBe(GLOSSARY.length);
  });

  it('has the terms the issue asks for', () => {
    for (const id of [
      'principal',
      'trust-policy',
      'permission-policy',
      'sts',
      'session',
      'temporary-credentials',
      'access-key',
      'instance-profile',
      'managed-vs-inline-policy',
      'permissions-boundary',
      'scp',
      'rcp',
      'explicit-vs-implicit-deny',
      'condition-key',
      'confused-deputy',
      'role',
      'federation',
      'identity-provider',
      'session-policy',
      'resource-based-policy',
    ]) {
      expect(glossaryEntry(id)?.id, id).toBe(id);
    }
  });

  describe.each(GLOSSARY.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    it('says it in both languages: Japanese in ja, English in en', () => {
      for (const [where, text] of [
        ['term', entry.term],
        ['definition', entry.definition],
      ] as const) {
        expect(text.en.trim(), where).not.toBe('');
        expect(text.ja.trim(), where).not.toBe('');
        expect(JAPANESE.test(text.ja), `${where} (ja) is Japanese`).toBe(true);
        expect(JAPANESE.test(text.en), `${where} (en) has no Japanese`).toBe(false);
      }
    });

    it('defines the term in two or three sentences', () => {
      const en = entry.definition.en.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      const ja = entry.definition.ja.split('。').filter((s) => s.trim() !== '').length;
      expect(en, 'en').toBeGreaterThanOrEqual(2);
      expect(en, 'en').toBeLessThanOrEqual(3);
      expect(ja, 'ja').toBeGreaterThanOrEqual(2);
      expect(ja, 'ja').toBeLessThanOrEqual(4);
    });

    it('relates only to other entries that exist', () => {
      for (const r of entry.related ?? []) {
        expect(ids.has(r), r).toBe(true);
        expect(r).not.toBe(entry.id);
      }
    });
  });

  it('has an entry for every term a lesson relies on', () => {
    for (const lesson of LESSONS) {
      for (const t of lesson.terms ?? []) expect(ids.has(t), `${lesson.id}: ${t}`).toBe(true);
    }
  });

  it('opens existing entries from node kinds', () => {
    for (const id of Object.values(GLOSSARY_FOR_NODE_KIND)) expect(ids.has(id)).toBe(true);
  });
});
