import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import { compileGlob, globMatch, WorkBudget } from '../pattern';
import { readPolicy, type PrincipalElement, type StringListElement } from '../policy';
import { compileActions, matchActions } from './matchAction';
import { isExcludedByNotPrincipal } from './matchNotPrincipal';
import { compilePrincipal, matchPrincipal } from './matchPrincipal';
import { compileResources, matchResources } from './matchResource';
import { describePrincipal } from './principalInfo';
import { compileResourcePattern, matchResourcePattern } from '../pattern';
import type { Note } from './codes';
import { substitute } from './variables';

const A = '111122223333';
const noNotes: Note[] = [];
const budget = new WorkBudget();

/** The element `key` of a one-statement policy, read through the statement model. */
function element(key: string, value: unknown): StringListElement {
  const st = readPolicy({ Statement: [{ [key]: value }] }).statements[0];
  const el = { Action: st?.action, NotAction: st?.notAction, Resource: st?.resource }[key];
  if (el === undefined) throw new Error(`no ${key}`);
  return el;
}

function principalElement(key: 'Principal' | 'NotPrincipal', value: unknown): PrincipalElement {
  const st = readPolicy({ Statement: [{ [key]: value }] }).statements[0];
  const el = key === 'Principal' ? st?.principal : st?.notPrincipal;
  if (el === undefined) throw new Error(`no ${key}`);
  return el;
}

describe('glob', () => {
  it('handles *, ? and literal parts', () => {
    expect(globMatch(compileGlob('a*c'), 'abbbc')).toBe(true);
    expect(globMatch(compileGlob('a?c'), 'abc')).toBe(true);
    expect(globMatch(compileGlob('a?c'), 'ac')).toBe(false);
    expect(globMatch(compileGlob(['a', { literal: '*' }]), 'a*')).toBe(true);
    expect(globMatch(compileGlob(['a', { literal: '*' }]), 'abc')).toBe(false);
    expect(globMatch(compileGlob('*'), '')).toBe(true);
  });
  it('stays linear on adversarial patterns: a*a*…b over 5,000 characters fits a small work budget', () => {
    const pattern = compileGlob('a*'.repeat(200) + 'b');
    // Only the last star backtracks, so the work grows with the text, not text × pattern.
    const budget = new WorkBudget(50_000);
    expect(globMatch(pattern, 'a'.repeat(5000), budget)).toBe(false);
    expect(budget.exhausted).toBe(false);
    expect(globMatch(pattern, 'a'.repeat(5000) + 'b', budget)).toBe(true);
  });
});

// Source: AWS docs, "IAM JSON policy elements: Action" (case-insensitive, wildcards) and NotAction.
describe('actions', () => {
  it('match case-insensitively with wildcards; NotAction inverts', () => {
    const act = compileActions(
      'Action',
      element('Action', ['S3:Get*', 'ec2:Describe?nstances', '*:List*']),
      noNotes,
    );
    expect(matchActions(act, 's3:GetObject', budget)).toEqual({
      matched: true,
      path: ['Statement', 0, 'Action', 0],
    });
    expect(matchActions(act, 'ec2:DescribeInstances', budget).matched).toBe(true);
    expect(matchActions(act, 'iam:ListUsers', budget).matched).toBe(true);
    expect(matchActions(act, 's3:PutObject', budget).matched).toBe(false);
    const not = compileActions('NotAction', element('NotAction', 'iam:*'), noNotes);
    expect(matchActions(not, 'iam:CreateUser', budget).matched).toBe(false);
    expect(matchActions(not, 's3:GetObject', budget).matched).toBe(true);
  });
});

// Source: AWS docs, "IAM JSON policy elements: Resource", Using wildcards in resource ARNs.
describe('resources', () => {
  const m = (pattern: string, value: string) =>
    matchResourcePattern(compileResourcePattern(pattern), value);
  it('are case-sensitive and segment-aware', () => {
    expect(m('arn:aws:iam::111122223333:user/Bob', 'arn:aws:iam::111122223333:user/bob')).toBe(
      false,
    );
    expect(m('arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a/b:c')).toBe(true);
    expect(m('arn:aws:logs:*', 'arn:aws:logs:us-east-1:111122223333:log-group:x')).toBe(true);
    expect(m('arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1')).toBe(
      true,
    );
    expect(m('arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:us-east-1:111122223333:volume/v-1')).toBe(
      false,
    );
    expect(m('*', 'anything:at:all')).toBe(true);
  });
  it('substitute variables per request and skip unresolved ones', () => {
    const info = describePrincipal({ AWS: `arn:aws:iam::${A}:user/David` });
    const ctx = buildContext({}, info, []);
    const res = compileResources(
      'Resource',
      element('Resource', [
        'arn:aws:s3:::b/${aws:username}/*',
        'arn:aws:s3:::b/${aws:PrincipalTag/x}',
      ]),
      true,
      [],
    );
    expect(matchResources(res, 'arn:aws:s3:::b/David/f', ctx, budget).matched).toBe(true);
    const miss = matchResources(res, 'arn:aws:s3:::b/${aws:PrincipalTag/x}', ctx, budget);
    expect(miss.matched).toBe(false);
    expect(miss.unresolved).toEqual(['aws:PrincipalTag/x']);
    const literal = compileResources(
      'Resource',
      element('Resource', 'arn:aws:s3:::b/${aws:username}/*'),
      false,
      [],
    );
    expect(matchResources(literal, 'arn:aws:s3:::b/${aws:username}/f', ctx, budget).matched).toBe(
      true,
    );
  });
});

describe('variables', () => {
  it('resolve keys case-insensitively, defaults and special characters', () => {
    const ctx = buildContext({ 'AWS:UserName': 'ann' }, describePrincipal({ Service: 'x' }), []);
    expect(substitute('u/${aws:username}', ctx).text).toBe('u/ann');
    expect(substitute("t/${aws:PrincipalTag/team, 'all'}", ctx).text).toBe('t/all');
    expect(substitute('${*}${?}${$}', ctx).text).toBe('*?$');
    expect(substitute('${aws:missing}', ctx).unresolved).toEqual(['aws:missing']);
    expect(substitute('no end ${aws:username', ctx).text).toBe('no end ${aws:username');
  });
  it('does not use a multivalued key as a variable', () => {
    const ctx = buildContext(
      { 'aws:TagKeys': ['a', 'b'] },
      describePrincipal({ Service: 'x' }),
      [],
    );
    expect(substitute('${aws:TagKeys}', ctx).unresolved).toEqual(['aws:TagKeys']);
  });
});

// Source: AWS docs, "AWS JSON policy elements: Principal" and "NotPrincipal".
describe('principals', () => {
  const spec = (value: unknown, key: 'Principal' | 'NotPrincipal' = 'Principal') =>
    compilePrincipal(key, principalElement(key, value), []);
  const user = describePrincipal({ AWS: `arn:aws:iam::${A}:user/alice` });
  const session = describePrincipal({ AWS: `arn:aws:sts::${A}:assumed-role/Dev/s1` });
  it('classify how the principal is named', () => {
    expect(matchPrincipal(spec('*'), user).kind).toBe('any');
    expect(matchPrincipal(spec({ AWS: A }), user).kind).toBe('account');
    expect(matchPrincipal(spec({ AWS: `arn:aws:iam::${A}:root` }), user).kind).toBe('account');
    expect(matchPrincipal(spec({ AWS: [A, `arn:aws:iam::${A}:user/alice`] }), user).kind).toBe(
      'user',
    );
    expect(matchPrincipal(spec({ AWS: `arn:aws:iam::${A}:role/path/Dev` }), session).kind).toBe(
      'role',
    );
    expect(
      matchPrincipal(spec({ AWS: `arn:aws:sts::${A}:assumed-role/Dev/s1` }), session).kind,
    ).toBe('role-session');
    expect(matchPrincipal(spec({ AWS: 'arn:aws:iam::444455556666:root' }), user).matched).toBe(
      false,
    );
    expect(matchPrincipal(spec({ AWS: `arn:aws:iam::${A}:user/ali*` }), user).matched).toBe(false);
  });
  it('match services and federated providers exactly', () => {
    const ec2 = describePrincipal({ Service: 'ec2.amazonaws.com' });
    expect(
      matchPrincipal(spec({ Service: ['ecs.amazonaws.com', 'ec2.amazonaws.com'] }), ec2).kind,
    ).toBe('service');
    expect(matchPrincipal(spec({ AWS: A }), ec2).matched).toBe(false);
    const cognito = describePrincipal({ Federated: 'cognito-identity.amazonaws.com' });
    expect(
      matchPrincipal(spec({ Federated: 'cognito-identity.amazonaws.com' }), cognito).kind,
    ).toBe('federated');
  });
  it('NotPrincipal leaves a principal out only when its whole chain is listed', () => {
    const both = spec(
      { AWS: [`arn:aws:iam::${A}:user/alice`, `arn:aws:iam::${A}:root`] },
      'NotPrincipal',
    );
    expect(isExcludedByNotPrincipal(both, user)).toBe(true);
    expect(
      isExcludedByNotPrincipal(both, describePrincipal({ AWS: `arn:aws:iam::${A}:user/bob` })),
    ).toBe(false);
    const userOnly = spec({ AWS: `arn:aws:iam::${A}:user/alice` }, 'NotPrincipal');
    expect(isExcludedByNotPrincipal(userOnly, user)).toBe(false);
  });
});

describe('describePrincipal', () => {
  it('reads every principal form', () => {
    expect(describePrincipal({ AWS: A })).toMatchObject({ type: 'root', account: A });
    expect(describePrincipal({ AWS: '*' }).type).toBe('anonymous');
    expect(describePrincipal({ AWS: `arn:aws:sts::${A}:assumed-role/Dev/s1` })).toMatchObject({
      type: 'role-session',
      roleName: 'Dev',
      principalArn: `arn:aws:iam::${A}:role/Dev`,
    });
    expect(describePrincipal({ AWS: `arn:aws:sts::${A}:federated-user/Bob` }).type).toBe(
      'federated-user',
    );
    expect(describePrincipal({ Federated: 'accounts.google.com' }).type).toBe('federated');
    expect(describePrincipal('nonsense').type).toBe('unknown');
  });
});
