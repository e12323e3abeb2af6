import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeScenario } from './codec';
import { MAX_DOCUMENTS, MAX_NAME_CHARS, MAX_SCENARIO_CHARS } from './read';

// Issue 12's hostile links: a few kilobytes that unpack into a huge title, or into thousands of
// one-line policies. Each is refused with its own reason, never opened.
const policy = '{"Version":"2012-10-17","Statement":[]}';
const link = (value: unknown) => LZString.compressToEncodedURIComponent(JSON.stringify(value));
const scenario = (extra: Record<string, unknown>, role: Record<string, unknown> = {}) => ({
  rolemap: 1,
  ...extra,
  role: { name: 'R', trustPolicy: policy, permissionPolicies: [], ...role },
});

describe('hostile share links', () => {
  it('a link that unpacks past the scenario size limit is refused before it is parsed', () => {
    // 5.8 KB of link holding a 5,000,001-character title (made once with lz-string; compressing
    // that much again here would take seconds).
    const payload = readFileSync(new URL('./fixtures/huge-title.link', import.meta.url), 'utf8');
    expect(payload.length).toBeLessThan(10_000);
    const read = decodeScenario(payload.trim());
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.code).toBe('too-large');
    expect(MAX_SCENARIO_CHARS).toBeLessThan(5_000_088);
  });

  it('a title longer than any that reads is refused', () => {
    const read = decodeScenario(link(scenario({ title: 'a'.repeat(MAX_NAME_CHARS + 1) })));
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.error).toEqual({
        code: 'text-too-long',
        params: { path: 'title', limit: MAX_NAME_CHARS },
      });
  });

  it('5,000 one-line policies are refused; a hundred open', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `P${i}`, document: policy }));
    const refused = decodeScenario(link(scenario({}, { permissionPolicies: many(5000) })));
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error).toEqual({
        code: 'too-many-documents',
        params: { path: 'role.permissionPolicies', limit: MAX_DOCUMENTS },
      });
    const opened = decodeScenario(link(scenario({}, { permissionPolicies: many(MAX_DOCUMENTS) })));
    expect(opened.ok).toBe(true);
    const scps = decodeScenario(link(scenario({ scps: Array(MAX_DOCUMENTS + 1).fill(policy) })));
    expect(scps.ok).toBe(false);
  });
});
