import { describe, expect, it } from 'vitest';
import { describeConditions } from './conditionText';

// Operators from the IAM User Guide, "IAM JSON policy elements: Condition operators" (including
// ForAllValues/ForAnyValue, …IfExists and Null).

describe('describeConditions', () => {
  it('reads one sentence per key', () => {
    expect(
      describeConditions({
        StringEquals: { 'aws:SourceAccount': '111122223333' },
        ArnLike: { 'aws:SourceArn': 'arn:aws:ec2:*:111122223333:instance/*' },
      }),
    ).toEqual([
      'aws:SourceAccount must equal 111122223333',
      'aws:SourceArn must match arn:aws:ec2:*:111122223333:instance/*',
    ]);
  });

  it('lists several values as "one of"', () => {
    expect(
      describeConditions({
        StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] },
      }),
    ).toEqual(['aws:RequestedRegion must equal one of eu-west-1, eu-central-1']);
  });

  it('reads set operators, IfExists and Null', () => {
    expect(
      describeConditions({
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] },
        'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3/*' },
        NumericLessThanIfExists: { 's3:max-keys': '10' },
        Null: { 'aws:TokenIssueTime': 'true' },
        Bool: { 'aws:MultiFactorAuthPresent': true },
      }),
    ).toEqual([
      'every value of aws:TagKeys must equal one of env, team',
      'at least one value of aws:PrincipalOrgPaths must match o-a1b2c3/*',
      's3:max-keys must be less than 10 (when the key is present)',
      'aws:TokenIssueTime must be absent',
      'aws:MultiFactorAuthPresent must be true',
    ]);
  });

  it('never throws on malformed blocks', () => {
    expect(describeConditions(undefined)).toEqual([]);
    expect(describeConditions('x')).toEqual([]);
    expect(describeConditions({ StringEquals: 5 })).toEqual(['StringEquals: 5']);
    expect(describeConditions({ Weird: { k: 'v' } })).toEqual(['Weird: k v']);
  });
});
