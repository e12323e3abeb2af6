import { describe, expect, it } from 'vitest';
import { parsePolicy, readPolicy } from '../core';
import { describeConditions } from './conditionText';

// Operators from the IAM User Guide, "IAM JSON policy elements: Condition operators" (including
// ForAllValues/ForAnyValue, …IfExists and Null).

function conditionsOf(condition: unknown) {
  const text = JSON.stringify({ Statement: { Effect: 'Allow', Condition: condition } });
  return describeConditions(readPolicy(parsePolicy(text)).statements[0]?.condition);
}

const one = (value: string) => ({ shown: [value], more: 0 });

describe('describeConditions', () => {
  it('reads one condition per key, with the base operator', () => {
    expect(
      conditionsOf({
        StringEquals: { 'aws:SourceAccount': '111122223333' },
        ArnLike: { 'aws:SourceArn': 'arn:aws:ec2:*:111122223333:instance/*' },
      }),
    ).toEqual([
      {
        code: 'compare',
        params: {
          operator: 'StringEquals',
          key: 'aws:SourceAccount',
          values: one('111122223333'),
          ifExists: false,
        },
      },
      {
        code: 'compare',
        params: {
          operator: 'ArnLike',
          key: 'aws:SourceArn',
          values: one('arn:aws:ec2:*:111122223333:instance/*'),
          ifExists: false,
        },
      },
    ]);
  });

  it('keeps the first five values and counts the rest', () => {
    const values = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(conditionsOf({ StringEquals: { 'aws:RequestedRegion': values } })).toEqual([
      {
        code: 'compare',
        params: {
          operator: 'StringEquals',
          key: 'aws:RequestedRegion',
          values: { shown: values.slice(0, 5), more: 2 },
          ifExists: false,
        },
      },
    ]);
  });

  it('reads set operators, IfExists, Null and Bool the way the engine reads operator names', () => {
    expect(
      conditionsOf({
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] },
        'foranyvalue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3/*' },
        NumericLessThanIfExists: { 's3:max-keys': 10 },
        Null: { 'aws:TokenIssueTime': 'true', 'aws:MultiFactorAuthAge': false },
        Bool: { 'aws:MultiFactorAuthPresent': true },
      }),
    ).toEqual([
      {
        code: 'compare',
        params: {
          operator: 'StringEquals',
          key: 'aws:TagKeys',
          values: { shown: ['env', 'team'], more: 0 },
          qualifier: 'ForAllValues',
          ifExists: false,
        },
      },
      {
        code: 'compare',
        params: {
          operator: 'StringLike',
          key: 'aws:PrincipalOrgPaths',
          values: one('o-a1b2c3/*'),
          qualifier: 'ForAnyValue',
          ifExists: false,
        },
      },
      {
        code: 'compare',
        params: {
          operator: 'NumericLessThan',
          key: 's3:max-keys',
          values: one('10'),
          ifExists: true,
        },
      },
      { code: 'null-check', params: { key: 'aws:TokenIssueTime', absent: true } },
      { code: 'null-check', params: { key: 'aws:MultiFactorAuthAge', absent: false } },
      {
        code: 'compare',
        params: {
          operator: 'Bool',
          key: 'aws:MultiFactorAuthPresent',
          values: one('true'),
          ifExists: false,
        },
      },
    ]);
  });

  it('never throws on malformed blocks', () => {
    expect(describeConditions(undefined)).toEqual([]);
    expect(conditionsOf('x')).toEqual([]);
    expect(conditionsOf({ StringEquals: 5 })).toEqual([
      { code: 'invalid-block', params: { operator: 'StringEquals', value: '5' } },
    ]);
    expect(conditionsOf({ Weird: { k: 'v' } })).toEqual([
      { code: 'unknown-operator', params: { operator: 'Weird', key: 'k', values: one('v') } },
    ]);
  });

  it('stops at 50 conditions for one block', () => {
    const keys = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`k${i}`, 'v']));
    expect(conditionsOf({ StringEquals: keys })).toHaveLength(50);
  });
});
