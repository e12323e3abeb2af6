import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy, rangeOfPath, readPolicy } from './index';

// Shapes follow the IAM JSON policy element reference
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html):
// Statement is one object or an array; Action/Resource (and Not*) take a string or an array;
// Principal is "*" or an object mapping AWS / Service / Federated / CanonicalUser to a string or array.

const norm = (text: string) => readPolicy(parsePolicy(text)).statements;

describe('readPolicy', () => {
  it('reads a single Statement object as statement 0 at path ["Statement"]', () => {
    const [s, ...rest] = norm(
      '{"Statement": {"Sid": "One", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}',
    );
    expect(rest).toEqual([]);
    expect(s?.index).toBe(0);
    expect(s?.path).toEqual(['Statement']);
    expect(s?.sid).toEqual({ path: ['Statement', 'Sid'], value: 'One', raw: 'One' });
    expect(s?.effect?.value).toBe('Allow');
    expect(s?.action).toEqual({
      path: ['Statement', 'Action'],
      values: [{ value: 's3:GetObject', path: ['Statement', 'Action'] }],
      single: true,
      invalid: [],
      total: 1,
    });
    expect(s?.action?.range?.start.line).toBe(1);
    expect(s?.resource?.values.map((v) => v.value)).toEqual(['*']);
  });

  it('reads a Statement array, keeping each statement index and each value path', () => {
    const statements = norm(
      JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: 'arn:aws:s3:::b/*',
          },
          { Effect: 'Deny', NotAction: 'iam:*', NotResource: ['arn:aws:iam::*:role/x'] },
        ],
      }),
    );
    expect(statements.map((s) => s.index)).toEqual([0, 1]);
    expect(statements[0]?.action?.values).toEqual([
      { value: 's3:GetObject', path: ['Statement', 0, 'Action', 0] },
      { value: 's3:PutObject', path: ['Statement', 0, 'Action', 1] },
    ]);
    expect(statements[0]?.action?.single).toBe(false);
    expect(statements[1]?.notAction?.values).toEqual([
      { value: 'iam:*', path: ['Statement', 1, 'NotAction'] },
    ]);
    expect(statements[1]?.notResource?.values[0]?.path).toEqual(['Statement', 1, 'NotResource', 0]);
    expect(statements[1]?.action).toBeUndefined();
    expect(statements[1]?.resource).toBeUndefined();
  });

  it('normalises Principal "*" and Principal maps with string or array values', () => {
    const [star, map] = norm(
      JSON.stringify({
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' },
          {
            Effect: 'Allow',
            Principal: {
              Service: 'ec2.amazonaws.com',
              AWS: ['arn:aws:iam::111122223333:root', '*'],
            },
            NotPrincipal: { AWS: '*' },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
    );
    expect(star?.principal).toEqual({ kind: '*', path: ['Statement', 0, 'Principal'] });
    const p = map?.principal;
    expect(p?.kind).toBe('map');
    if (p?.kind !== 'map') return;
    expect([...p.types.keys()]).toEqual(['Service', 'AWS']);
    expect(p.types.get('Service')?.values).toEqual([
      { value: 'ec2.amazonaws.com', path: ['Statement', 1, 'Principal', 'Service'] },
    ]);
    expect(p.types.get('AWS')?.values.map((v) => [v.value, v.path.at(-1)])).toEqual([
      ['arn:aws:iam::111122223333:root', 0],
      ['*', 1],
    ]);
    const np = map?.notPrincipal;
    expect(np?.kind === 'map' && np.types.get('AWS')?.values.map((v) => v.value)).toEqual(['*']);
  });

  it('marks invalid shapes instead of dropping or throwing', () => {
    const [s] = norm(
      '{"Statement": [{"Effect": 1, "Action": ["s3:GetObject", 5, null], "Resource": {"x": 1}, "Principal": "ec2.amazonaws.com"}]}',
    );
    expect(s?.effect).toEqual({ path: ['Statement', 0, 'Effect'], value: undefined, raw: 1 });
    expect(s?.action?.values.map((v) => v.value)).toEqual(['s3:GetObject']);
    expect(s?.action?.invalid).toEqual([
      ['Statement', 0, 'Action', 1],
      ['Statement', 0, 'Action', 2],
    ]);
    expect(s?.resource).toEqual({
      path: ['Statement', 0, 'Resource'],
      values: [],
      single: false,
      invalid: [['Statement', 0, 'Resource']],
      total: 0,
    });
    expect(s?.principal).toMatchObject({ kind: 'invalid', raw: 'ec2.amazonaws.com' });
  });

  it('reads Condition blocks, stringifying numbers and booleans', () => {
    const [s] = norm(
      JSON.stringify({
        Statement: {
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: '*',
          Condition: {
            StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] },
            NumericLessThanEquals: { 's3:max-keys': 10 },
            Bool: { 'aws:SecureTransport': true },
            IpAddress: 'not-an-object',
          },
        },
      }),
    );
    const ops = s?.condition?.operators ?? [];
    expect(ops.map((o) => o.operator)).toEqual([
      'StringEquals',
      'NumericLessThanEquals',
      'Bool',
      'IpAddress',
    ]);
    expect(ops[0]?.keys[0]).toMatchObject({
      key: 'aws:PrincipalTag/team',
      path: ['Statement', 'Condition', 'StringEquals', 'aws:PrincipalTag/team'],
      values: [
        {
          value: 'red',
          path: ['Statement', 'Condition', 'StringEquals', 'aws:PrincipalTag/team', 0],
        },
        {
          value: 'blue',
          path: ['Statement', 'Condition', 'StringEquals', 'aws:PrincipalTag/team', 1],
        },
      ],
    });
    expect(ops[1]?.keys[0]?.values.map((v) => v.value)).toEqual(['10']);
    expect(ops[2]?.keys[0]?.values.map((v) => v.value)).toEqual(['true']);
    expect(ops[3]?.invalid).toBe(true);
    expect(s?.condition?.invalid).toBe(false);
  });

  it('skips non-object statements but keeps the indices of the others', () => {
    const statements = norm('{"Statement": ["oops", null, {"Effect": "Allow"}, 3, []]}');
    expect(statements.map((s) => s.index)).toEqual([2]);
    expect(statements[0]?.path).toEqual(['Statement', 2]);
  });

  it('returns [] for anything that is not a policy document', () => {
    for (const value of [
      undefined,
      null,
      'x',
      42,
      [],
      {},
      { Statement: 'x' },
      { Statement: null },
    ]) {
      expect(readPolicy(value).statements).toEqual([]);
    }
  });

  it('does not read inherited properties such as constructor', () => {
    // A plain object from JSON.parse has Object.prototype; "Action" must be its own key.
    const [s] = readPolicy({ Statement: [{ Effect: 'Allow' }] }).statements;
    expect(s?.action).toBeUndefined();
    expect(
      readPolicy(JSON.parse('{"Statement": {"__proto__": {"Effect": "Deny"}}}')).statements[0]
        ?.effect,
    ).toBeUndefined();
  });

  it('gives paths that lead back to the source text', () => {
    const text = readFileSync(
      new URL('../scenario/seed/seed-trust-policy.commented.json', import.meta.url),
      'utf8',
    );
    const r = parsePolicy(text);
    const [s] = readPolicy(r.value).statements;
    const service = s?.principal?.kind === 'map' ? s.principal.types.get('Service') : undefined;
    const value = service?.values[0];
    expect(value?.value).toBe('ec2.amazonaws.com');
    const range = value && rangeOfPath(r, value.path);
    expect(range && text.slice(range.start.offset, range.end.offset)).toBe('"ec2.amazonaws.com"');
    expect(s?.action?.values.map((v) => v.value)).toEqual(['sts:AssumeRole']);
  });
});
