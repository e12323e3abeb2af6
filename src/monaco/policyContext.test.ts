import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../core';
import { blankComments, policyContextAt } from './policyContext';

/** The context at the first occurrence of `needle` (+ `shift` characters) in `text`. */
function at(text: string, needle: string, shift = 1) {
  const offset = text.indexOf(needle) + shift;
  return policyContextAt(text, parsePolicy(text).comments, offset);
}

describe('policyContextAt', () => {
  const policy =
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", ' +
    '"Action": ["ssm:GetDocument", "s3:Get*"], "Resource": "arn:aws:s3:::b/*", ' +
    '"Condition": {"StringEquals": {"aws:SourceVpc": "vpc-1"}}}]}';

  it('finds an action in an Action list, with the range of its characters', () => {
    const ctx = at(policy, 'ssm:GetDocument', 4);
    expect(ctx).toMatchObject({ kind: 'action', value: 'ssm:GetDocument' });
    expect(policy.slice(ctx?.start, ctx?.end)).toBe('ssm:GetDocument');
    expect(at(policy, 's3:Get*')).toMatchObject({ kind: 'action', value: 's3:Get*' });
  });

  it('finds condition operators and keys (keys under Condition) but not their values', () => {
    expect(at(policy, 'StringEquals')).toMatchObject({ kind: 'operator', value: 'StringEquals' });
    expect(at(policy, 'aws:SourceVpc')).toMatchObject({
      kind: 'conditionKey',
      value: 'aws:SourceVpc',
      operator: 'StringEquals',
    });
    expect(at(policy, 'vpc-1')).toBeUndefined();
  });

  it('ignores strings that are neither (Effect, Resource, Version)', () => {
    expect(at(policy, 'Allow')).toBeUndefined();
    expect(at(policy, 'arn:aws:s3')).toBeUndefined();
    expect(at(policy, '2012-10-17')).toBeUndefined();
  });

  it('reads a lone Statement object and a single Action string', () => {
    const text = '{"Statement": {"Effect": "Allow", "NotAction": "iam:PassRole", "Resource": "*"}}';
    expect(at(text, 'iam:PassRole')).toMatchObject({ kind: 'action', value: 'iam:PassRole' });
  });

  it('finds service principals in a trust policy', () => {
    const text =
      '{"Statement": [{"Effect": "Allow", "Principal": {"Service": ["ec2.amazonaws.com"]}, ' +
      '"Action": "sts:AssumeRole"}]}';
    expect(at(text, 'ec2.amazonaws.com')).toMatchObject({
      kind: 'servicePrincipal',
      value: 'ec2.amazonaws.com',
    });
  });

  it('is not confused by # comments, even ones holding brackets and quotes', () => {
    // jsonc-parser alone would read the `{` and `[` of this comment as structure.
    const text =
      '{\n  "Statement": [{\n    # the "agent" needs this\n    "Effect": "Allow",\n' +
      '    "Action": [ # see {the list}: [\n      "ssm:GetDocument"\n    ]\n  }]\n}\n';
    expect(at(text, 'ssm:GetDocument')).toMatchObject({ kind: 'action', value: 'ssm:GetDocument' });
    expect(policyContextAt(text, [], text.indexOf('ssm:GetDocument') + 1)).toBeUndefined();
    expect(at(text, 'agent')).toBeUndefined();
  });

  it('reads an unclosed string while typing, up to the cursor', () => {
    const text = '{"Statement": [{"Effect": "Allow", "Action": ["ssm:Get';
    const ctx = policyContextAt(text, [], text.length);
    expect(ctx).toMatchObject({ kind: 'action', value: 'ssm:Get', end: text.length });
    const key = '{"Statement": [{"Condition": {"StringEquals": {"aws:Sou';
    expect(policyContextAt(key, [], key.length)).toMatchObject({
      kind: 'conditionKey',
      value: 'aws:Sou',
    });
  });

  it('never throws on odd input', () => {
    for (const text of ['', '"', '{"Statement": [', '#', '{"Statement": {"Action": ["a", ']) {
      for (let i = 0; i <= text.length; i++) {
        expect(() => policyContextAt(text, parsePolicy(text).comments, i)).not.toThrow();
      }
    }
    expect(policyContextAt('{}', [], 99)).toBeUndefined();
  });
});

describe('blankComments', () => {
  it('keeps length and line breaks, blanks only the comments', () => {
    const text = '{ # one\n  "a": 1 // two\n}';
    const out = blankComments(text, parsePolicy(text).comments);
    expect(out).toHaveLength(text.length);
    expect(out.split('\n')).toHaveLength(3);
    expect(out).not.toMatch(/one|two|#|\/\//);
    expect(out).toContain('"a": 1');
  });
});
