import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  decodeScenario,
  encodeScenario,
  readScenarioText,
  readScenarioValue,
  scenarioDocs,
  scenarioPayloadFromHash,
  seedScenario,
  shareUrl,
  withDocText,
} from './index';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./seed/${name}`, import.meta.url)), 'utf8');

describe('seed scenario', () => {
  it('holds the article fixtures verbatim', () => {
    const s = seedScenario();
    expect(s.role.trustPolicy).toBe(fixture('seed-trust-policy.commented.json'));
    expect(s.role.permissionPolicies[0]?.document).toBe(
      fixture('seed-permission-policy.commented.json'),
    );
    expect(s.role.name).toBe('SSMInstanceRole');
    expect(s.role.permissionPolicies[0]?.name).toBe('AmazonSSMManagedInstanceCore');
  });
});

describe('share URL codec', () => {
  it('encodes with lz-string as PRODUCT.md specifies and decodes back', () => {
    const s = seedScenario();
    const url = shareUrl(s, 'https://docs.example.com/rolemap/#old');
    expect(url.startsWith('https://docs.example.com/rolemap/#s=')).toBe(true);
    const payload = scenarioPayloadFromHash(url.slice(url.indexOf('#')));
    expect(payload).toBe(LZString.compressToEncodedURIComponent(JSON.stringify(s)));
    const back = decodeScenario(payload ?? '');
    expect(back).toEqual({ ok: true, scenario: s });
  });
  it('reports a damaged payload instead of throwing', () => {
    const r = decodeScenario('%%%not-lz');
    expect(r.ok).toBe(false);
    const r2 = decodeScenario(LZString.compressToEncodedURIComponent('{"rolemap":2}'));
    expect(r2).toEqual({ ok: false, message: 'scenario must have "rolemap": 1' });
    expect(encodeScenario(seedScenario()).length).toBeGreaterThan(10);
  });
});

describe('reading scenario files', () => {
  it('accepts documents given as JSON objects', () => {
    const r = readScenarioValue({
      rolemap: 1,
      role: {
        name: 'R',
        trustPolicy: { Version: '2012-10-17', Statement: [] },
        permissionPolicies: [{ name: 'P', document: { Version: '2012-10-17', Statement: [] } }],
      },
      scps: [{ Version: '2012-10-17', Statement: [] }],
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(JSON.parse(r.scenario.role.trustPolicy)).toEqual({
        Version: '2012-10-17',
        Statement: [],
      });
      expect(r.scenario.scps).toHaveLength(1);
      expect(r.scenario.role.permissionPolicies[0]?.managed).toBe(false);
    }
  });
  it.each([
    ['not json', '{', /not valid JSON/],
    ['array', '[]', /must be a JSON object/],
    ['no role', '{"rolemap":1}', /scenario.role/],
    ['no trust', '{"rolemap":1,"role":{"permissionPolicies":[]}}', /trustPolicy/],
    ['bad list', '{"rolemap":1,"role":{"trustPolicy":"{}","permissionPolicies":{}}}', /array/],
    [
      'bad account',
      '{"rolemap":1,"role":{"account":"12","trustPolicy":"{}","permissionPolicies":[]}}',
      /12-digit/,
    ],
  ])('rejects %s with a one-line message', (_name, text, re) => {
    const r = readScenarioText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(re);
      expect(r.message).not.toContain('\n');
    }
  });
});

describe('scenario documents', () => {
  it('lists documents in tab order and replaces one by id', () => {
    const s = { ...seedScenario(), sessionPolicy: '{}', scps: ['{"a":1}'] };
    expect(scenarioDocs(s).map((d) => d.id)).toEqual(['trust', 'permission:0', 'session', 'scp:0']);
    const t = withDocText(s, 'permission:0', 'X');
    expect(t.role.permissionPolicies[0]?.document).toBe('X');
    expect(withDocText(s, 'scp:0', 'Y').scps).toEqual(['Y']);
    expect(withDocText(s, 'permission:9', 'Z')).toBe(s);
  });
});
