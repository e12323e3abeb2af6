/** Hostile and malformed input: every call returns a coded result, never throws, and stays bounded. */
import { describe, expect, it } from 'vitest';
import { importDocument } from './importDocument';
import { MAX_IMPORT_CHARS, MAX_IMPORT_DEPTH } from './limits';

function errorCode(text: unknown): string | undefined {
  const r = importDocument(text as string);
  return r.ok ? undefined : r.error.code;
}

describe('import robustness', () => {
  it('refuses input over the size bound before parsing it', () => {
    expect(errorCode(' '.repeat(MAX_IMPORT_CHARS + 1))).toBe('too-large');
  });

  it('says an empty or blank file is empty, and survives a non-string', () => {
    expect(errorCode('')).toBe('empty');
    expect(errorCode(' \n\t')).toBe('empty');
    expect(errorCode(undefined)).toBe('empty');
  });

  it('refuses deeply nested JSON, JSON with comments and YAML', () => {
    const deepJson = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(errorCode(deepJson)).toBe('too-deep');
    const nested = '{"a":'.repeat(MAX_IMPORT_DEPTH + 5) + '1' + '}'.repeat(MAX_IMPORT_DEPTH + 5);
    expect(errorCode(nested)).toBe('too-deep');
    expect(errorCode('// c\n' + nested)).toBe('too-deep');
    const deepYaml = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n') + ' 1';
    expect(errorCode(deepYaml)).toBe('too-deep');
    expect(errorCode('a: ' + '['.repeat(50_000))).toBeDefined();
  });

  it('says what it expected for values of no import format', () => {
    for (const text of ['[]', '42', '"text"', 'null', 'just words', '{}', '{"Role": 1}'])
      expect(errorCode(text)).toBe('unknown-format');
  });

  it('names the field a recognised format is missing', () => {
    const r = importDocument('{"Role": {"RoleName": "x"}}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.format).toBe('aws-get-role');
      expect(r.error).toEqual({
        code: 'bad-field',
        params: { path: 'Role.AssumeRolePolicyDocument', expected: 'policy' },
      });
    }
  });

  it('refuses a document that is URL-encoded badly instead of guessing', () => {
    const r = importDocument(
      JSON.stringify({ Role: { RoleName: 'x', AssumeRolePolicyDocument: '%7B%E0%A4%A' } }),
    );
    expect(r.ok ? undefined : r.error.code).toBe('bad-field');
  });

  it('reads a role named __proto__ from authorization details as a name', () => {
    const doc = { Version: '2012-10-17', Statement: [] };
    const text = JSON.stringify({
      RoleDetailList: [
        { RoleName: '__proto__', AssumeRolePolicyDocument: doc },
        { RoleName: 'constructor', AssumeRolePolicyDocument: doc },
      ],
    });
    const asked = importDocument(text);
    expect(asked.ok ? [] : asked.roles).toEqual(['__proto__', 'constructor']);
    const picked = importDocument(text, { role: '__proto__' });
    expect(picked.ok && picked.scenario.role.name).toBe('__proto__');
    expect(Object.prototype).not.toHaveProperty('RoleName');
  });

  it('keeps an invalid max session duration out of the scenario rather than failing', () => {
    const trust = { Version: '2012-10-17', Statement: [] };
    const text = JSON.stringify({
      Role: { RoleName: 'r', AssumeRolePolicyDocument: trust, MaxSessionDuration: 10 },
    });
    const r = importDocument(text);
    expect(r.ok && r.scenario.role.maxSessionDuration).toBeUndefined();
  });

  it('never throws on random bytes', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = '{}[]:,"\'!&*-? \n\tabcRoleStatement%7B#|>';
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 60 }, () => alphabet[next() % alphabet.length]).join('');
      expect(() => importDocument(text)).not.toThrow();
    }
  });
});
