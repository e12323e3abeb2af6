import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../catalog';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { parsePolicy } from '../policy';
import { applyEdits, lintPolicy, lintSummary, servicesToLoad, stripComments } from './index';
import type { DocumentKind } from './types';

const SEED = join(import.meta.dirname, '..', 'scenario', 'seed');
const seeds: { file: string; kind: DocumentKind }[] = [
  { file: 'seed-trust-policy.commented.json', kind: 'trust' },
  { file: 'seed-permission-policy.commented.json', kind: 'identity' },
];
const catalog = new Catalog(createNodeSource());

beforeAll(async () => {
  for (const s of seeds)
    await catalog.load(servicesToLoad(readFileSync(join(SEED, s.file), 'utf8')));
  await catalog.load(['ssm', 's3']);
});

describe('seed policies (the article fixtures)', () => {
  for (const { file, kind } of seeds) {
    const text = readFileSync(join(SEED, file), 'utf8');
    it(`${file} with comments: the comment error sits on the first comment's line`, () => {
      const findings = lintPolicy(text, kind, { catalog });
      const comment = findings.find((f) => f.code === 'comment');
      const firstLine = text.split('\n').findIndex((l) => l.includes('#')) + 1;
      expect(comment?.severity).toBe('error');
      expect(comment?.range.start.line).toBe(firstLine);
      // The fix leaves strict JSON without comments.
      const fixed = applyEdits(text, comment?.fix?.edits ?? []);
      expect(() => JSON.parse(fixed) as unknown).not.toThrow();
      expect(fixed).not.toContain('#');
    });
    it(`${file} without comments: no error or security finding`, () => {
      const stripped = stripComments(text);
      expect(() => JSON.parse(stripped) as unknown).not.toThrow();
      const bad = lintPolicy(stripped, kind, { catalog }).filter(
        (f) => f.severity === 'error' || f.severity === 'security',
      );
      expect(bad).toEqual([]);
    });
  }
});

describe('lintPolicy API', () => {
  it('ssm:GetDocumnet gives unknown-action with a fix to ssm:GetDocument', () => {
    const text =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:GetDocumnet","Resource":"*"}]}';
    const f = lintPolicy(text, 'identity', { catalog }).find((x) => x.code === 'unknown-action');
    expect(f?.path).toBe('Statement[0].Action');
    expect(f?.params).toEqual({
      action: 'ssm:GetDocumnet',
      serviceName: 'AWS Systems Manager',
      suggestion: 'ssm:GetDocument',
    });
    expect(f?.fix?.title).toEqual({ code: 'replace-with', params: { text: 'ssm:GetDocument' } });
    expect(applyEdits(text, f?.fix?.edits ?? [])).toContain('"Action":"ssm:GetDocument"');
  });

  it('the missing-Version fix adds a Version that silences the warning', () => {
    const text = '{\n  "Statement": [{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]\n}';
    const f = lintPolicy(text, 'identity').find((x) => x.code === 'version-missing');
    const fixed = applyEdits(text, f?.fix?.edits ?? []);
    expect(JSON.parse(fixed)).toHaveProperty('Version', '2012-10-17');
    expect(lintPolicy(fixed, 'identity').map((x) => x.code)).not.toContain('version-missing');
  });

  it('findings are sorted by position and carry paths and ranges', () => {
    const text = '{"Statement":[{"Effect":"allow","Action":"s3:GetObject"}]}';
    const findings = lintPolicy(text, 'identity');
    const offsets = findings.map((f) => f.range.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    const effect = findings.find((f) => f.code === 'effect-invalid');
    expect(effect?.path).toBe('Statement[0].Effect');
    expect(text.slice(effect?.range.start.offset, effect?.range.end.offset)).toBe('"allow"');
  });

  it('without a catalog, catalog checks stay silent', () => {
    const text =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:GetDocumnet","Resource":"*"}]}';
    expect(lintPolicy(text, 'identity').map((f) => f.code)).not.toContain('unknown-action');
  });

  it('servicesToLoad lists action, condition-key and ARN services', () => {
    const text = `{"Statement":[{"Action":["ssm:GetDocument","ec2:*","*"],"Resource":"arn:aws:s3:::b",
      "Condition":{"StringEquals":{"kms:ViaService":"x","aws:SourceIp":"1.2.3.4"}}}]}`;
    expect(servicesToLoad(text)).toEqual(['ec2', 'kms', 's3', 'ssm']);
  });

  it('stripComments keeps the text when there are no comments and makes JSON otherwise', () => {
    const plain = '{"a": "x # not a comment // nor this"}';
    expect(stripComments(plain)).toBe(plain);
    const commented = '{\n  // note\n  "a": 1, # trailing\n  "b": /* inline */ 2\n}';
    expect(JSON.parse(stripComments(commented))).toEqual({ a: 1, b: 2 });
    expect(parsePolicy(stripComments(commented)).comments).toEqual([]);
  });

  it('stripComments also drops trailing commas (AWS rejects them), and the fix does the same', () => {
    const text =
      '{\n  "Statement": [\n    {"Effect": "Allow", "Action": ["s3:GetObject",], "Resource": "*"}, // x\n  ],\n}';
    const ready = stripComments(text);
    expect(JSON.parse(ready)).toEqual({
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }],
    });
    const finding = lintPolicy(text, 'identity').find((f) => f.code === 'trailing-comma');
    expect(finding?.severity).toBe('error');
    expect(finding?.params).toEqual({ count: 3 });
    const fixed = applyEdits(text, finding?.fix?.edits ?? []);
    expect(parsePolicy(fixed).trailingCommas).toEqual([]);
  });

  it('lintSummary counts per severity', () => {
    const text = '{"Statement":[{"Effect":"allow","Action":"s3:GetObject","Resource":"*"}]} # c';
    const s = lintSummary(lintPolicy(text, 'identity'));
    expect(s).toMatchObject({ error: 2, warning: 1 });
    expect(s.total).toBe(s.error + s.security + s.warning + s.suggestion);
  });

  it('never throws on hostile input', () => {
    const inputs: unknown[] = [
      undefined,
      null,
      42,
      '',
      '[',
      '{"__proto__": {"Statement": 1}, "constructor": []}',
      '{"Statement":[{"__proto__":{},"Action":{"a":1},"Resource":[[]],"Condition":"x","Principal":7}]}',
      '['.repeat(5000),
      `{"Statement":[{"Effect":"Allow","Action":[${Array.from({ length: 3000 }, (_, i) => `"s3:Get*${i}"`).join(',')}],"Resource":"*"}]}`,
    ];
    for (const input of inputs) {
      expect(() => lintPolicy(input as string, 'identity', { catalog })).not.toThrow();
      expect(() => servicesToLoad(input as string)).not.toThrow();
      expect(() => stripComments(input as string)).not.toThrow();
    }
  });
});
