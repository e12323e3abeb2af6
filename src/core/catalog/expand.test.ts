import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from './Catalog';
import { expandActionPattern } from './expand';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { rawActions, readPackageJson } from '../../platform/iamDataFiles';

// Semantics: IAM User Guide, "IAM JSON policy elements: Action" — wildcards `*` and `?` may be
// used in action names, and action names are case-insensitive. Expected sets are computed from
// the package's data files, not from the code under test.

const names = (matches: { name: string }[]) => matches.map((m) => m.name);

describe('expandActionPattern', () => {
  const catalog = new Catalog(createNodeSource());

  beforeAll(async () => {
    await catalog.load(['ssm', 'ec2messages']);
  });

  it('ssm:Get* gives every ssm action whose name starts with Get', () => {
    const expected = Object.keys(rawActions('ssm')).filter((k) => k.startsWith('get'));
    const { matches, complete } = expandActionPattern(catalog, 'ssm:Get*');
    expect(complete).toBe(true);
    expect(matches).toHaveLength(expected.length);
    expect(names(matches)).toEqual(
      expect.arrayContaining(['GetDocument', 'GetParameter', 'GetParameters']),
    );
    expect(matches.every((m) => m.service === 'ssm' && m.name.startsWith('Get'))).toBe(true);
  });

  it('is case-insensitive in both parts', () => {
    expect(names(expandActionPattern(catalog, 'SSM:getdocument').matches)).toEqual(['GetDocument']);
    expect(expandActionPattern(catalog, 'Ssm:GET*').matches).toHaveLength(
      expandActionPattern(catalog, 'ssm:Get*').matches.length,
    );
  });

  it('? matches exactly one character', () => {
    expect(names(expandActionPattern(catalog, 'ssm:GetParameter?').matches)).toEqual([
      'GetParameters',
    ]);
    expect(names(expandActionPattern(catalog, 'ssm:GetDocumen?').matches)).toEqual(['GetDocument']);
    expect(expandActionPattern(catalog, 'ssm:GetDocument?').matches).toEqual([]);
  });

  it('ec2messages:* gives all of ec2messages', () => {
    const expected = Object.values(rawActions('ec2messages')).map((a) => a.name);
    const { matches, complete } = expandActionPattern(catalog, 'ec2messages:*');
    expect(complete).toBe(true);
    expect(names(matches).sort()).toEqual([...expected].sort());
  });

  it('a pattern that matches nothing gives nothing, completely', () => {
    expect(expandActionPattern(catalog, 'ssm:Zzz*')).toEqual({ matches: [], complete: true });
  });

  it('an unknown service gives nothing, and that is complete', () => {
    expect(expandActionPattern(catalog, 'nosuchservice:*')).toEqual({
      matches: [],
      complete: true,
    });
  });

  it('says incomplete when a needed service is not loaded yet', () => {
    expect(expandActionPattern(catalog, 'ec2:Describe*')).toEqual({ matches: [], complete: false });
    const partial = expandActionPattern(catalog, 'ssm*:Get*');
    expect(partial.complete).toBe(false); // ssm-contacts, ssm-incidents… are not loaded
    expect(partial.matches.length).toBe(expandActionPattern(catalog, 'ssm:Get*').matches.length);
  });

  it('malformed patterns match nothing and do not throw', () => {
    for (const pattern of ['GetDocument', 'ssm:', ':Get*', '', 'ssm*Document']) {
      expect(expandActionPattern(catalog, pattern).matches).toEqual([]);
    }
    expect(expandActionPattern(catalog, undefined as unknown as string).matches).toEqual([]);
  });
});

describe('expandActionPattern over every service', () => {
  const catalog = new Catalog(createNodeSource());

  beforeAll(async () => {
    await catalog.loadAll();
  }, 60_000);

  it('* gives every action of every service', () => {
    const services = Object.keys(
      readPackageJson<Record<string, string>>('data', 'serviceNames.json'),
    );
    const total = services.reduce((sum, prefix) => sum + Object.keys(rawActions(prefix)).length, 0);
    const { matches, complete } = expandActionPattern(catalog, '*');
    expect(complete).toBe(true);
    expect(matches).toHaveLength(total);
  });

  it('*:* and a wildcard service part work across services', () => {
    expect(expandActionPattern(catalog, '*:*').matches).toHaveLength(
      expandActionPattern(catalog, '*').matches.length,
    );
    const ssmFamily = expandActionPattern(catalog, 'ssm*:Get*');
    expect(ssmFamily.complete).toBe(true);
    const services = new Set(ssmFamily.matches.map((m) => m.service));
    expect(services.has('ssm')).toBe(true);
    expect(services.has('ssm-contacts')).toBe(true);
    expect([...services].every((s) => s.startsWith('ssm'))).toBe(true);
  });

  it('*:GetDocument finds it in every service that has it', () => {
    const ids = expandActionPattern(catalog, '*:GetDocument').matches.map((m) => m.id);
    expect(ids).toContain('ssm:GetDocument');
    expect(ids.every((id) => id.endsWith(':GetDocument'))).toBe(true);
  });
});
