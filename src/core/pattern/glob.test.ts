import { describe, expect, it } from 'vitest';
import { compileGlob, globMatch, hasWildcard, wildcardMatch } from './glob';

// Semantics from the IAM User Guide, "IAM JSON policy elements: Action" / "Resource":
// `*` matches any combination of characters, `?` matches any single character.
const CI = true;

describe('wildcardMatch', () => {
  it.each([
    ['GetDocument', 'GetDocument', true],
    ['Get*', 'GetDocument', true],
    ['Get*', 'Get', true], // * may match nothing
    ['*Document', 'GetDocument', true],
    ['G*t*D*t', 'GetDocument', true],
    ['Get*', 'ListDocuments', false],
    ['Get?ocument', 'GetDocument', true],
    ['Get?Document', 'GetDocument', false], // ? needs exactly one character
    ['GetDocument?', 'GetDocument', false],
    ['?', '', false],
    ['', '', true],
    ['', 'x', false],
    ['*', '', true],
    ['**', 'anything', true],
    ['a**b', 'ab', true],
    ['*?', '', false],
    ['*?', 'x', true],
    ['?*?', 'xy', true],
    ['?*?', 'x', false],
    ['a*b*c', 'abxbxc', true],
    ['a*b*c', 'abxbxcx', false],
    ['*a', 'aaaab', false],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/key/with/slashes', true],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket', false],
  ])('%j vs %j → %s', (pattern, value, expected) => {
    expect(wildcardMatch(pattern, value)).toBe(expected);
  });

  it('is case-sensitive unless asked otherwise', () => {
    expect(wildcardMatch('get*', 'GetDocument')).toBe(false);
    expect(wildcardMatch('get*', 'GetDocument', CI)).toBe(true);
    expect(wildcardMatch('GETDOC?MENT', 'getdocument', CI)).toBe(true);
  });

  it('treats characters that are special in regular expressions literally', () => {
    expect(wildcardMatch('a.b', 'axb')).toBe(false);
    expect(wildcardMatch('a.b', 'a.b')).toBe(true);
    expect(wildcardMatch('(a+)+$', '(a+)+$')).toBe(true);
    expect(wildcardMatch('[abc]', 'a')).toBe(false);
    expect(wildcardMatch('\\*', '\\anything')).toBe(true); // no escaping in IAM: \ is literal
  });

  it('a * or ? in the value is just a character', () => {
    expect(wildcardMatch('a?c', 'a*c')).toBe(true);
    expect(wildcardMatch('abc', 'a*c')).toBe(false);
  });

  it('matches ? against one whole character outside the BMP', () => {
    expect(wildcardMatch('tag-?', 'tag-😀')).toBe(true);
    expect(wildcardMatch('tag-??', 'tag-😀')).toBe(false);
  });

  it('never throws on non-string input', () => {
    expect(wildcardMatch(undefined as unknown as string, 'x')).toBe(false);
    expect(wildcardMatch('*', null as unknown as string)).toBe(false);
    expect(wildcardMatch(42 as unknown as string, '42')).toBe(false);
  });

  it('answers pathological patterns (a*a*a*…b) on long values correctly', () => {
    const pattern = `${'a*'.repeat(2000)}b`;
    expect(wildcardMatch(pattern, 'a'.repeat(20000))).toBe(false);
    expect(wildcardMatch(pattern, `${'a'.repeat(20000)}b`)).toBe(true);
    expect(wildcardMatch(`${'*a'.repeat(3000)}*`, 'a'.repeat(2999))).toBe(false);
    expect(wildcardMatch(`${'*'.repeat(100000)}x`, `${'y'.repeat(100000)}x`)).toBe(true);
    expect(wildcardMatch(`${'?*'.repeat(5000)}`, 'z'.repeat(5000))).toBe(true);
    expect(wildcardMatch(`${'?*'.repeat(5000)}`, 'z'.repeat(4999))).toBe(false);
  });

  it('a prepared matcher gives the same answers many times', () => {
    const glob = compileGlob('s3:Get*Tagging', CI);
    const matches = (value: string) => globMatch(glob, value);
    expect(matches('s3:GetObjectTagging')).toBe(true);
    expect(matches('S3:GETBUCKETTAGGING')).toBe(true);
    expect(matches('s3:PutObjectTagging')).toBe(false);
  });
});

describe('hasWildcard', () => {
  it('spots * and ?', () => {
    expect(hasWildcard('ssm:Get*')).toBe(true);
    expect(hasWildcard('ssm:Get?')).toBe(true);
    expect(hasWildcard('ssm:GetDocument')).toBe(false);
  });
});
