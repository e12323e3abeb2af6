/** Import cases from AWS's, CloudFormation's and Terraform's documentation (each case cites its page). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeManagedPolicies } from '../../platform/managedPolicies/nodeLookup';
import { importDocument } from './importDocument';
import { importResolving } from './importResolving';

interface Expected {
  format?: string;
  error?: string;
  roles?: string[];
  role?: string;
  account?: string;
  maxSessionDuration?: number;
  trust?: string[];
  boundary?: string[];
  policies?: { name: string; managed: boolean; contains?: string[]; lacks?: string[] }[];
  notes?: string[];
}

interface Case {
  name: string;
  source: string;
  file: string;
  role?: string;
  expect: Expected;
}

const dir = join(import.meta.dirname, 'cases');
const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Case[];

describe('import cases', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(c.source).toMatch(/\S/);
    const text = readFileSync(join(dir, c.file), 'utf8');
    const result = await importResolving(
      text,
      c.role !== undefined ? { role: c.role } : {},
      nodeManagedPolicies(),
    );
    const want = c.expect;
    if (want.error !== undefined) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(want.error);
      expect(result.format).toBe(want.format);
      expect(result.roles).toEqual(want.roles);
      return;
    }
    if (!result.ok) throw new Error(`expected a scenario, got ${JSON.stringify(result.error)}`);
    expect(result.format).toBe(want.format);
    const role = result.scenario.role;
    expect(role.name).toBe(want.role);
    expect(role.account).toBe(want.account);
    if (want.maxSessionDuration !== undefined)
      expect(role.maxSessionDuration).toBe(want.maxSessionDuration);
    for (const s of want.trust ?? []) expect(role.trustPolicy).toContain(s);
    if (want.boundary === undefined) expect(role.permissionsBoundary).toBeUndefined();
    else for (const s of want.boundary) expect(role.permissionsBoundary).toContain(s);
    expect(role.permissionPolicies.map((p) => [p.name, p.managed])).toEqual(
      (want.policies ?? []).map((p) => [p.name, p.managed]),
    );
    (want.policies ?? []).forEach((p, i) => {
      const document = role.permissionPolicies[i]?.document ?? '';
      for (const s of p.contains ?? []) expect(document).toContain(s);
      for (const s of p.lacks ?? []) expect(document).not.toContain(s);
    });
    expect(result.notes.map((n) => n.code)).toEqual(want.notes ?? []);
  });

  it('leaves Object.prototype untouched after every case', () => {
    for (const c of cases)
      importDocument(readFileSync(join(dir, c.file), 'utf8'), c.role ? { role: c.role } : {});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
