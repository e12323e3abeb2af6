/** Every import error, note and format name is worded in both languages, with no English prose in Japanese. */
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS, type ImportError, type ImportNote } from '../../core';
import { importErrorText, importFormatName, importNoteText } from './import';

const errors: ImportError[] = [
  { code: 'empty', params: {} },
  { code: 'too-large', params: { limit: 10 } },
  { code: 'too-deep', params: { limit: 64 } },
  { code: 'too-many-values', params: { limit: 5 } },
  { code: 'too-many-aliases', params: { limit: 5 } },
  { code: 'not-json-or-yaml', params: { detail: 'Unexpected end of JSON input' } },
  { code: 'not-json-or-yaml', params: { detail: 'Nested mappings are not allowed', line: 3 } },
  { code: 'unknown-format', params: {} },
  { code: 'no-role', params: { format: 'terraform-state' } },
  { code: 'choose-role', params: { roles: ['A', 'B'] } },
  { code: 'role-not-found', params: { role: 'C', roles: ['A', 'B'] } },
  { code: 'bad-field', params: { path: 'Role.RoleName', expected: 'string' } },
  { code: 'bad-scenario', params: { error: { code: 'wrong-version', params: {} } } },
];
const notes: ImportNote[] = [
  { code: 'no-trust-policy', params: {} },
  { code: 'no-permission-policies', params: {} },
  { code: 'managed-unresolved', params: { arn: 'arn:aws:iam::1:policy/P', name: 'P' } },
  { code: 'boundary-unresolved', params: { arn: 'arn:aws:iam::1:policy/B' } },
  { code: 'placeholders', params: { count: 2, example: '{{Ref Bucket}}' } },
];

// Three English words in a row, outside identifiers and AWS command names.
const ENGLISH =
  /\b(?!aws\b|iam\b|get-|list-|terraform\b|show\b)[A-Za-z]{2,} (?!-)[a-z]{2,} [a-z]{2,}\b/;

describe('import texts', () => {
  it.each(errors.map((e) => [e.code, e] as const))('error %s reads in both languages', (_c, e) => {
    const en = importErrorText('en', e);
    const ja = importErrorText('ja', e);
    expect(en).not.toBe(e.code);
    expect(ja).not.toBe(en);
    expect(ja).not.toMatch(ENGLISH);
  });

  it.each(notes.map((n) => [n.code, n] as const))('note %s reads in both languages', (_c, n) => {
    const ja = importNoteText('ja', n);
    expect(importNoteText('en', n)).toMatch(/\.$/);
    expect(ja).toMatch(/。$/);
    expect(ja).not.toMatch(ENGLISH);
  });

  it('names every format in both languages', () => {
    for (const f of IMPORT_FORMATS) {
      expect(importFormatName('en', f)).toMatch(/\S/);
      expect(importFormatName('ja', f)).toMatch(/[ぁ-んァ-ヶ一-龯]/);
    }
  });

  it('lists the choices it gives', () => {
    expect(importErrorText('en', errors[9] as ImportError)).toContain('A, B');
    expect(importErrorText('ja', errors[10] as ImportError)).toContain('「C」');
  });
});
