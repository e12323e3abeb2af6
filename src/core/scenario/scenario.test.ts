import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  decodeScenario,
  sameSharedContent,
  encodeScenario,
  readScenarioText,
  readScenarioValue,
  scenarioDocs,
  scenarioPayloadFromHash,
  seedScenario,
  shareUrl,
  newPermissionId,
  sameContent,
  toScenarioFile,
  withDocIds,
  withDocText,
  withoutDoc,
  withLayer,
  type Scenario,
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
    expect(payload).toBe(LZString.compressToEncodedURIComponent(JSON.stringify(toScenarioFile(s))));
    // The link holds the file form: no ids, as PRODUCT.md's scenario file.
    expect(JSON.stringify(toScenarioFile(s))).not.toContain('permission:0');
    const back = decodeScenario(payload ?? '');
    expect(back).toEqual({ ok: true, scenario: s });
  });
  it('reports a damaged payload instead of throwing', () => {
    const r = decodeScenario('%%%not-lz');
    expect(r.ok).toBe(false);
    const r2 = decodeScenario(LZString.compressToEncodedURIComponent('{"rolemap":2}'));
    expect(r2).toEqual({ ok: false, error: { code: 'wrong-version', params: {} } });
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
    ['not json', '{', 'not-json', undefined],
    ['array', '[]', 'not-object', undefined],
    ['no role', '{"rolemap":1}', 'role-not-object', undefined],
    [
      'no trust',
      '{"rolemap":1,"role":{"permissionPolicies":[]}}',
      'not-a-policy',
      { path: 'role.trustPolicy' },
    ],
    [
      'bad list',
      '{"rolemap":1,"role":{"trustPolicy":"{}","permissionPolicies":{}}}',
      'not-an-array',
      { path: 'role.permissionPolicies' },
    ],
    [
      'bad account',
      '{"rolemap":1,"role":{"account":"12","trustPolicy":"{}","permissionPolicies":[]}}',
      'account-invalid',
      undefined,
    ],
  ])('rejects %s with the code %s', (_name, text, code, params) => {
    const r = readScenarioText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      if (params) expect(r.error.params).toEqual(params);
    }
  });
});

describe('scenario documents', () => {
  it('lists documents in tab order and replaces one by id', () => {
    const s: Scenario = {
      ...seedScenario(),
      sessionPolicy: '{}',
      scps: [{ id: 'scp:0', document: '{"a":1}' }],
    };
    expect(scenarioDocs(s).map((d) => d.id)).toEqual(['trust', 'permission:0', 'session', 'scp:0']);
    const t = withDocText(s, 'permission:0', 'X');
    expect(t.role.permissionPolicies[0]?.document).toBe('X');
    expect(withDocText(s, 'scp:0', 'Y').scps).toEqual([{ id: 'scp:0', document: 'Y' }]);
    expect(withDocText(s, 'permission:9', 'Z')).toBe(s);
  });

  it('keeps every other id when a document is removed, and never reuses a live id', () => {
    const read = readScenarioValue({
      rolemap: 1,
      role: {
        name: 'R',
        trustPolicy: '{}',
        permissionPolicies: [
          { name: 'A', document: '{}' },
          { name: 'B', document: '{}' },
          { name: 'C', document: '{}' },
        ],
      },
    });
    if (!read.ok) throw new Error('unreadable');
    const ids = read.scenario.role.permissionPolicies.map((p) => p.id);
    expect(ids).toEqual(['permission:0', 'permission:1', 'permission:2']);
    const without = withoutDoc(read.scenario, 'permission:0');
    expect(without.role.permissionPolicies.map((p) => [p.id, p.name])).toEqual([
      ['permission:1', 'B'],
      ['permission:2', 'C'],
    ]);
    expect(newPermissionId(without)).toBe('permission:0');
    expect(newPermissionId(read.scenario)).toBe('permission:3');
  });

  it('restores saved ids onto the file form, and ignores ids that do not fit', () => {
    const s = seedScenario();
    const file = readScenarioValue(toScenarioFile(s));
    if (!file.ok) throw new Error('unreadable');
    const moved = withDocIds(file.scenario, { permissions: ['permission:7'], scps: [] });
    expect(moved.role.permissionPolicies[0]?.id).toBe('permission:7');
    expect(withDocIds(file.scenario, { permissions: ['x', 'y'] })).toEqual(file.scenario);
    expect(withDocIds(file.scenario, { permissions: ['scp:1'] })).toEqual(file.scenario);
    expect(sameContent(moved, s)).toBe(true);
  });
});

describe('resource control policies and the VPC endpoint policy in a scenario', () => {
  const rcp = '{\n  // deny-only RCP\n  "Version": "2012-10-17", "Statement": []\n}';
  const endpoint = '{"Version": "2012-10-17", "Statement": []}';
  const file = {
    rolemap: 1,
    role: { name: 'R', trustPolicy: '{}', permissionPolicies: [{ name: 'A', document: '{}' }] },
    scps: ['{}'],
    rcps: [rcp, { Version: '2012-10-17', Statement: [] }],
    endpointPolicy: endpoint,
  };

  it('reads rcps and endpointPolicy (text kept verbatim, objects accepted) and writes them back', () => {
    const read = readScenarioValue(file);
    if (!read.ok) throw new Error('unreadable');
    expect(read.scenario.rcps?.map((r) => r.id)).toEqual(['rcp:0', 'rcp:1']);
    expect(read.scenario.rcps?.[0]?.document).toBe(rcp);
    expect(read.scenario.endpointPolicy).toBe(endpoint);
    const written = toScenarioFile(read.scenario);
    expect(written.rcps?.[0]).toBe(rcp);
    expect(written.endpointPolicy).toBe(endpoint);
    expect(readScenarioText(JSON.stringify(written))).toEqual(read);
  });

  it('round-trips them through a share URL', () => {
    const read = readScenarioValue(file);
    if (!read.ok) throw new Error('unreadable');
    const url = shareUrl(read.scenario, 'https://example.com/');
    const back = decodeScenario(scenarioPayloadFromHash(url.slice(url.indexOf('#'))) ?? '');
    if (!back.ok) throw new Error('unreadable');
    // The one-line endpoint policy travels minified and opens indented; the commented RCP verbatim.
    expect(sameSharedContent(back.scenario, read.scenario)).toBe(true);
    expect(back.scenario.rcps).toEqual(read.scenario.rcps);
    expect(JSON.parse(back.scenario.endpointPolicy ?? '')).toEqual(
      JSON.parse(read.scenario.endpointPolicy ?? ''),
    );
  });

  it('lists them as documents after the SCPs, edits and removes them by id', () => {
    const read = readScenarioValue(file);
    if (!read.ok) throw new Error('unreadable');
    const s = read.scenario;
    expect(scenarioDocs(s).map((d) => [d.id, d.kind])).toEqual([
      ['trust', 'trust'],
      ['permission:0', 'identity'],
      ['scp:0', 'scp'],
      ['rcp:0', 'rcp'],
      ['rcp:1', 'rcp'],
      ['endpoint', 'endpoint'],
    ]);
    expect(withDocText(s, 'rcp:1', 'X').rcps?.[1]).toEqual({ id: 'rcp:1', document: 'X' });
    expect(withDocText(s, 'endpoint', 'Y').endpointPolicy).toBe('Y');
    expect(withoutDoc(s, 'rcp:0').rcps?.map((r) => r.id)).toEqual(['rcp:1']);
    expect(withoutDoc(s, 'endpoint').endpointPolicy).toBeUndefined();
    expect(withLayer(s, 'rcp', '{}').id).toBe('rcp:2');
    expect(withLayer(withoutDoc(s, 'endpoint'), 'endpoint', '{}').scenario.endpointPolicy).toBe(
      '{}',
    );
    const ids = withDocIds(s, {
      permissions: ['permission:0'],
      scps: ['scp:0'],
      rcps: ['rcp:5', 'rcp:6'],
    });
    expect(ids.rcps?.map((r) => r.id)).toEqual(['rcp:5', 'rcp:6']);
  });

  it('rejects an rcps that is not a list, naming the path', () => {
    expect(readScenarioValue({ ...file, rcps: '{}' })).toEqual({
      ok: false,
      error: { code: 'not-an-array', params: { path: 'rcps' } },
    });
    expect(readScenarioValue({ ...file, endpointPolicy: 5 })).toEqual({
      ok: false,
      error: { code: 'not-a-policy', params: { path: 'endpointPolicy' } },
    });
  });
});
