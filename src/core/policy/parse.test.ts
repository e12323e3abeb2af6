import { describe, expect, it } from 'vitest';
import { nodeAtPath, parsePolicy, rangeOfPath } from './index';
import type { ParseResult } from './index';

const syntax = (r: ParseResult) => r.diagnostics.filter((d) => d.code === 'json-syntax');

describe('accepted syntax', () => {
  it('parses plain JSON', () => {
    const r = parsePolicy('{"Version": "2012-10-17", "Statement": []}');
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({ Version: '2012-10-17', Statement: [] });
    expect(r.length).toBe(42);
  });

  it('ignores // and /* */ comments in the value', () => {
    const r = parsePolicy('/* head */ {"a": /* mid */ 1 // tail\n}');
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ a: 1 });
    expect(r.comments).toHaveLength(3);
  });

  it('accepts # comments after elements, after the last element and on their own lines', () => {
    const text =
      '{\n  # own line\n  "a": [\n    1, # after\n    2 # after last\n  ] # after array\n}';
    const r = parsePolicy(text);
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ a: [1, 2] });
    expect(r.comments.map((c) => c.text)).toEqual([
      'own line',
      'after',
      'after last',
      'after array',
    ]);
    // Ranges point into the original text, `#` included.
    for (const c of r.comments)
      expect(text.slice(c.range.start.offset, c.range.start.offset + 1)).toBe('#');
  });

  it('does not take a # inside a string for a comment', () => {
    const r = parsePolicy('{"Sid": "a#b", "Resource": "arn:aws:s3:::x/#y" # real\n}');
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ Sid: 'a#b', Resource: 'arn:aws:s3:::x/#y' });
    expect(r.comments.map((c) => c.text)).toEqual(['real']);
  });

  it('does not end a string at an escaped quote before a #', () => {
    const r = parsePolicy('["say \\"#hi\\"" # c\n]');
    expect(r.value).toEqual(['say "#hi"']);
    expect(r.comments.map((c) => c.text)).toEqual(['c']);
  });

  it('does not take // or # inside a block comment, nor /* inside a # comment', () => {
    const r = parsePolicy('[1 /* a // b # c */, 2 # d /* e\n]');
    expect(r.ok).toBe(true);
    expect(r.value).toEqual([1, 2]);
    expect(r.comments.map((c) => [c.kind, c.text])).toEqual([
      ['block', 'a // b # c'],
      ['hash', 'd /* e'],
    ]);
  });

  it('accepts trailing commas in objects and arrays', () => {
    const r = parsePolicy('{"Action": ["a", "b",], "Effect": "Allow",}');
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ Action: ['a', 'b'], Effect: 'Allow' });
  });

  it('accepts a leading BOM and keeps offsets in the original text', () => {
    const text = '\uFEFF{"Effect": "Allow"}';
    const r = parsePolicy(text);
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ Effect: 'Allow' });
    const range = rangeOfPath(r, ['Effect']);
    expect(text.slice(range?.start.offset, range?.end.offset)).toBe('"Allow"');
  });
});

describe('value safety', () => {
  it('gives every object a null prototype', () => {
    const r = parsePolicy('{"a": {"b": [{"c": 1}]}}');
    const v = r.value as { a: { b: { c: number }[] } };
    expect(Object.getPrototypeOf(v)).toBeNull();
    expect(Object.getPrototypeOf(v.a)).toBeNull();
    expect(Object.getPrototypeOf(v.a.b[0])).toBeNull();
    expect(Array.isArray(v.a.b)).toBe(true);
  });

  it('keeps __proto__, constructor and prototype as ordinary own keys', () => {
    const r = parsePolicy('{"__proto__": {"polluted": true}, "constructor": 1, "prototype": "x"}');
    expect(r.ok).toBe(true);
    const v = r.value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getPrototypeOf(v)).toBeNull();
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toEqual({ polluted: true });
    expect(v['constructor']).toBe(1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(nodeAtPath(r, ['__proto__', 'polluted'])?.value).toBe(true);
  });

  it('lets the last duplicate key win, reports the second key, and keeps both in the tree', () => {
    const text = '{\n  "Effect": "Deny",\n  "Effect": "Allow"\n}';
    const r = parsePolicy(text);
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ Effect: 'Allow' });
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0];
    expect(d?.code).toBe('duplicate-key');
    expect(d?.path).toEqual(['Effect']);
    expect(d?.range.start).toEqual({ offset: text.lastIndexOf('"Effect"'), line: 3, column: 3 });
    expect(d?.range.end.column).toBe(3 + '"Effect"'.length);
    expect(r.root?.children?.map((c) => c.value)).toEqual(['Deny', 'Allow']);
    expect(nodeAtPath(r, ['Effect'])?.value).toBe('Allow');
  });

  it('keeps the last duplicate when the duplicates are containers', () => {
    const r = parsePolicy('{"Action": ["a"], "Action": ["b", "c"]}');
    expect(r.value).toEqual({ Action: ['b', 'c'] });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['duplicate-key']);
  });
});

describe('syntax errors report 1-based line and column', () => {
  it('missing comma: at the member that should have been preceded by one', () => {
    const r = parsePolicy('{\n  "Effect": "Allow"\n  "Action": "s3:GetObject"\n}');
    expect(r.ok).toBe(false);
    const d = syntax(r)[0];
    expect(d?.syntaxError).toBe('CommaExpected');
    expect([d?.range.start.line, d?.range.start.column]).toEqual([3, 3]);
    // Recovery still yields both members.
    expect(r.value).toEqual({ Effect: 'Allow', Action: 's3:GetObject' });
  });

  it('unclosed string: at the opening quote', () => {
    const r = parsePolicy('{\n  "Effect": "Allow,\n  "Action": "*"\n}');
    expect(r.ok).toBe(false);
    const d = syntax(r)[0];
    expect(d?.syntaxError).toBe('UnexpectedEndOfString');
    expect([d?.range.start.line, d?.range.start.column]).toEqual([2, 13]);
  });

  it('unclosed brace: at the end of the text', () => {
    const r = parsePolicy('{\n  "Effect": "Allow"\n');
    expect(r.ok).toBe(false);
    const d = syntax(r)[0];
    expect(d?.syntaxError).toBe('CloseBraceExpected');
    expect([d?.range.start.line, d?.range.start.column]).toEqual([3, 1]);
    expect(r.value).toEqual({ Effect: 'Allow' });
  });

  it('stray text after the document: at the stray text', () => {
    const r = parsePolicy('{"Version": "2012-10-17"}\n  extra');
    expect(r.ok).toBe(false);
    const d = syntax(r)[0];
    expect(d?.syntaxError).toBe('EndOfFileExpected');
    expect([d?.range.start.line, d?.range.start.column]).toEqual([2, 3]);
    expect(r.value).toEqual({ Version: '2012-10-17' });
  });

  it('a second document after the first', () => {
    const r = parsePolicy('{}\n{}');
    expect(r.ok).toBe(false);
    expect(syntax(r).map((d) => [d.syntaxError, d.range.start.line, d.range.start.column])).toEqual(
      [['EndOfFileExpected', 2, 1]],
    );
  });

  it('missing value after a colon', () => {
    const r = parsePolicy('{"Effect": , "Action": "x"}');
    expect(r.ok).toBe(false);
    expect(syntax(r)[0]?.syntaxError).toBe('ValueExpected');
    expect(syntax(r)[0]?.range.start.column).toBe(12);
    expect(r.value).toEqual({ Action: 'x' });
  });

  it('a column counts UTF-16 units, so Japanese text before an error counts once per character', () => {
    const r = parsePolicy('{"説明": "日本語" "x": 1}');
    expect(syntax(r)[0]?.range.start.column).toBe(14);
  });

  it('empty text, whitespace or only comments → empty-document', () => {
    for (const text of ['', '   \n\t', '# nothing here\n// nor here\n/* nor */']) {
      const r = parsePolicy(text);
      expect(r.ok).toBe(false);
      expect(r.value).toBeUndefined();
      expect(r.diagnostics.map((d) => d.code)).toEqual(['empty-document']);
    }
  });

  it('text that is not JSON at all gives diagnostics and no value', () => {
    const r = parsePolicy('Version: 2012-10-17');
    expect(r.ok).toBe(false);
    expect(r.value).toBeUndefined();
    expect(r.root).toBeUndefined();
    expect(syntax(r).length).toBeGreaterThan(0);
  });

  it('does not throw on a non-string argument', () => {
    const r = parsePolicy(undefined as unknown as string);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['empty-document']);
  });
});

describe('the source tree', () => {
  const text = [
    '{',
    '  "Statement": [',
    '    {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "*"},',
    '    {"Effect": "Deny", "NotAction": "iam:*", "Principal": {"AWS": ["arn:aws:iam::111122223333:root"]}}',
    '  ]',
    '}',
  ].join('\n');
  const r = parsePolicy(text);
  const slice = (path: (string | number)[]) => {
    const range = rangeOfPath(r, path);
    return range === undefined ? undefined : text.slice(range.start.offset, range.end.offset);
  };

  it('has a node with the exact source of every value', () => {
    expect(slice(['Statement', 0, 'Action', 1])).toBe('"s3:PutObject"');
    expect(slice(['Statement', 0, 'Resource'])).toBe('"*"');
    expect(slice(['Statement', 1, 'Principal', 'AWS', 0])).toBe('"arn:aws:iam::111122223333:root"');
    expect(slice(['Statement', 0])).toBe(
      '{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "*"}',
    );
    expect(slice([])).toBe(text);
  });

  it('records paths, keys, key ranges, types and scalar values', () => {
    const node = nodeAtPath(r, ['Statement', 1, 'NotAction']);
    expect(node).toMatchObject({ type: 'string', key: 'NotAction', value: 'iam:*' });
    expect(node?.path).toEqual(['Statement', 1, 'NotAction']);
    const key = node?.keyRange;
    expect(key && text.slice(key.start.offset, key.end.offset)).toBe('"NotAction"');
    expect(key?.start.line).toBe(4);
    expect(key?.start.column).toBe(text.split('\n')[3]!.indexOf('"NotAction"') + 1);
    expect(nodeAtPath(r, ['Statement', 0, 'Action'])?.children?.map((c) => c.path)).toEqual([
      ['Statement', 0, 'Action', 0],
      ['Statement', 0, 'Action', 1],
    ]);
    expect(nodeAtPath(r, ['Statement'])?.type).toBe('array');
  });

  it('types numbers, booleans and null', () => {
    const r2 = parsePolicy('[1.5, true, false, null, {}, []]');
    expect(r2.root?.children?.map((c) => [c.type, c.value])).toEqual([
      ['number', 1.5],
      ['boolean', true],
      ['boolean', false],
      ['null', null],
      ['object', undefined],
      ['array', undefined],
    ]);
    expect(r2.root?.children?.[4]?.children).toEqual([]);
  });

  it('handles a single Statement object, string/array elements and Principal "*"', () => {
    const r2 = parsePolicy(
      '{"Statement": {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": "*"}}',
    );
    expect(r2.ok).toBe(true);
    expect(nodeAtPath(r2, ['Statement'])?.type).toBe('object');
    expect(nodeAtPath(r2, ['Statement', 'Principal'])?.value).toBe('*');
    expect(nodeAtPath(r2, ['Statement', 0])).toBeUndefined();
  });
});
