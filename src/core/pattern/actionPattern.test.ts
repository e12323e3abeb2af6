import { describe, expect, it } from 'vitest';
import { actionMatches, compileActionPattern, isWellFormedAction } from './actionPattern';

// IAM User Guide, "IAM JSON policy elements: Action": `service:Action`, case-insensitive, `*` and
// `?` wildcards; an action without a vendor prefix is rejected by IAM ("Actions/Conditions must
// be prefaced by a vendor"), so such a pattern matches nothing here, everywhere.
describe('action patterns', () => {
  it.each([
    ['ssm:GetDocument', 'ssm:GetDocument', true],
    ['ssm:Get*', 'ssm:GetDocument', true],
    ['SSM:getdocument', 'ssm:GetDocument', true],
    ['ssm:Get*', 'ssmmessages:GetDocument', false],
    ['ssm*:*', 'ssmmessages:OpenDataChannel', true],
    ['s?m:*', 'ssm:SendCommand', true],
    ['*', 'anything:At', true],
    ['**', 'iam:PassRole', true],
    ['*:*', 'ec2:RunInstances', true],
    ['*:PassRole', 'iam:PassRole', true],
    ['ec2:*', 'ssm:GetDocument', false],
    ['ssm:GetDocument', 'ssm:GetDocuments', false],
    ['GetDocument', 'ssm:GetDocument', false],
    ['*PassRole', 'iam:PassRole', false],
    ['iam*', 'iam:PassRole', false],
    [':PassRole', 'iam:PassRole', false],
    ['iam:', 'iam:PassRole', false],
    ['iam:Pass:Role', 'iam:PassRole', false],
    ['ssm:Get*', 'GetDocument', false],
  ])('%j vs %j → %s', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected);
  });

  it('says which patterns are well formed', () => {
    expect(isWellFormedAction('s3:GetObject')).toBe(true);
    expect(isWellFormedAction('*')).toBe(true);
    expect(isWellFormedAction('*PassRole')).toBe(false);
    expect(isWellFormedAction('s3')).toBe(false);
  });

  it('indexes literal service prefixes, lower-cased', () => {
    expect(compileActionPattern('SSM:Get*').service).toBe('ssm');
    expect(compileActionPattern('ss?:Get*').service).toBeUndefined();
    expect(compileActionPattern('*').kind).toBe('any');
  });

  it('returns false for non-strings', () => {
    expect(actionMatches(null as unknown as string, 'ssm:GetDocument')).toBe(false);
    expect(actionMatches('*', 5 as unknown as string)).toBe(false);
  });
});
