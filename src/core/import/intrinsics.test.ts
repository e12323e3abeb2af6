/**
 * CloudFormation intrinsics in long form, from the examples of the CloudFormation User Guide's
 * "Intrinsic function reference" (Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap, Fn::Sub, Fn::If):
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
import { describe, expect, it } from 'vitest';
import { resolveIntrinsics, type Placeholders } from './intrinsics';
import { readYaml } from './yamlValue';

const fresh = (mappings?: Record<string, unknown>): Placeholders => ({
  seen: new Set(),
  ...(mappings ? { mappings } : {}),
});

describe('CloudFormation intrinsics', () => {
  it('joins known strings and keeps a Ref inside as a placeholder (Fn::Join example)', () => {
    const ph = fresh();
    const value = {
      'Fn::Join': [
        '',
        ['arn:', { Ref: 'AWS::Partition' }, ':s3:::elasticbeanstalk-*-', { Ref: 'AWS::AccountId' }],
      ],
    };
    expect(resolveIntrinsics(value, ph)).toBe(
      'arn:{{Ref AWS::Partition}}:s3:::elasticbeanstalk-*-{{Ref AWS::AccountId}}',
    );
    expect([...ph.seen]).toEqual(['{{Ref AWS::Partition}}', '{{Ref AWS::AccountId}}']);
  });

  it('selects from a literal list and splits a literal string (Fn::Select, Fn::Split examples)', () => {
    expect(
      resolveIntrinsics(
        { 'Fn::Select': ['1', ['apples', 'grapes', 'oranges', 'mangoes']] },
        fresh(),
      ),
    ).toBe('grapes');
    expect(resolveIntrinsics({ 'Fn::Split': ['|', 'a|b|c'] }, fresh())).toEqual(['a', 'b', 'c']);
    expect(resolveIntrinsics({ 'Fn::Select': [2, { 'Fn::Split': [',', 'x,y,z'] }] }, fresh())).toBe(
      'z',
    );
  });

  it('finds a value in the template Mappings, else leaves a placeholder (Fn::FindInMap example)', () => {
    const mappings = { RegionMap: { 'us-east-1': { HVM64: 'ami-0ff8a91507f77f867' } } };
    const find = { 'Fn::FindInMap': ['RegionMap', 'us-east-1', 'HVM64'] };
    expect(resolveIntrinsics(find, fresh(mappings))).toBe('ami-0ff8a91507f77f867');
    const ph = fresh(mappings);
    expect(
      resolveIntrinsics({ 'Fn::FindInMap': ['RegionMap', { Ref: 'AWS::Region' }, 'HVM64'] }, ph),
    ).toBe('{{FindInMap RegionMap, {{Ref AWS::Region}}, HVM64}}');
  });

  it('substitutes its own variables, pseudo parameters as placeholders, ${!Literal} as written (Fn::Sub)', () => {
    const sub = {
      'Fn::Sub': [
        'arn:aws:ec2:${AWS::Region}:${AWS::AccountId}:vpc/${vpc}/${!Literal}',
        { vpc: 'vpc-1234' },
      ],
    };
    expect(resolveIntrinsics(sub, fresh())).toBe(
      'arn:aws:ec2:{{Ref AWS::Region}}:{{Ref AWS::AccountId}}:vpc/vpc-1234/${Literal}',
    );
    expect(resolveIntrinsics({ 'Fn::Sub': '${MyBucket.Arn}/*' }, fresh())).toBe(
      '{{GetAtt MyBucket.Arn}}/*',
    );
  });

  it('shows both branches of Fn::If, which only a deployment decides', () => {
    expect(resolveIntrinsics({ 'Fn::If': ['IsProd', 'prod-bucket', 'dev-bucket'] }, fresh())).toBe(
      '{{If IsProd ? prod-bucket : dev-bucket}}',
    );
  });

  it('leaves a statement Condition block alone: only a one-key intrinsic is a function', () => {
    const statement = {
      Effect: 'Allow',
      Condition: { StringEquals: { 'aws:PrincipalTag/team': 'a' } },
    };
    expect(resolveIntrinsics(statement, fresh())).toEqual(statement);
  });

  it('reads every short form in YAML as its long form', () => {
    const read = readYaml(
      [
        'a: !Ref X',
        'b: !GetAtt R.Arn',
        'c: !GetAtt [R, Arn]',
        'd: !Sub "${X}"',
        "e: !Join ['-', [a, b]]",
        'f: !Select [0, [a]]',
        'g: !Split [",", "a,b"]',
        'h: !If [C, a, b]',
        'i: !Equals [a, b]',
        'j: !FindInMap [M, a, b]',
        'k: !ImportValue Shared',
        'l: !GetAZs ""',
        'm: !Base64 text',
        'n: !Cidr [10.0.0.0/16, 2, 8]',
        'o: !Not [!Condition C]',
        'p: !And [!Condition C, !Condition D]',
        'q: !Or [!Condition C, !Condition D]',
      ].join('\n'),
    );
    expect(read.ok).toBe(true);
    const v = (read.ok ? read.value : {}) as Record<string, Record<string, unknown>>;
    expect(Object.keys(v).map((k) => Object.keys(v[k] ?? {})[0])).toEqual([
      'Ref',
      'Fn::GetAtt',
      'Fn::GetAtt',
      'Fn::Sub',
      'Fn::Join',
      'Fn::Select',
      'Fn::Split',
      'Fn::If',
      'Fn::Equals',
      'Fn::FindInMap',
      'Fn::ImportValue',
      'Fn::GetAZs',
      'Fn::Base64',
      'Fn::Cidr',
      'Fn::Not',
      'Fn::And',
      'Fn::Or',
    ]);
    expect(v.b?.['Fn::GetAtt']).toEqual(['R', 'Arn']);
    expect(v.c?.['Fn::GetAtt']).toEqual(['R', 'Arn']);
    expect(v.o?.['Fn::Not']).toEqual([{ Condition: 'C' }]);
  });
});
