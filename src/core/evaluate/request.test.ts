import { describe, expect, it } from 'vitest';
import { readSimulationRequest, simulate } from './request';

const good = {
  principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::example-bucket/report.csv',
  context: { 'aws:SourceIp': '203.0.113.10', 'aws:TagKeys': ['env'] },
  policies: {
    identity: [
      '// comments are fine in policy text\n{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}',
    ],
  },
};

describe('readSimulationRequest', () => {
  it('accepts the PRODUCT.md request, with policies as objects or text', () => {
    const r = readSimulationRequest(JSON.stringify(good));
    expect(r.ok).toBe(true);
    const s = simulate(JSON.stringify(good));
    expect(s.ok && s.result.decision).toBe('Allow');
  });

  const bad: Array<[string, string, RegExp]> = [
    ['bad JSON', '{"principal": ', /not valid JSON/],
    ['not an object', '[1,2]', /JSON object/],
    [
      'missing principal',
      JSON.stringify({ ...good, principal: undefined }),
      /principal must be an object/,
    ],
    [
      'principal string',
      JSON.stringify({ ...good, principal: 'alice' }),
      /principal must be an object/,
    ],
    [
      'principal with two kinds',
      JSON.stringify({ ...good, principal: { AWS: 'x', Service: 'y' } }),
      /exactly one/,
    ],
    [
      'principal empty',
      JSON.stringify({ ...good, principal: { Service: '' } }),
      /non-empty string/,
    ],
    ['missing action', JSON.stringify({ ...good, action: undefined }), /action must be/],
    ['missing resource', JSON.stringify({ ...good, resource: 5 }), /resource must be/],
    ['bad resourceAccount', JSON.stringify({ ...good, resourceAccount: 'abc' }), /resourceAccount/],
    ['bad context', JSON.stringify({ ...good, context: { k: { x: 1 } } }), /context\["k"\]/],
    [
      'policies not an object',
      JSON.stringify({ ...good, policies: [] }),
      /policies must be an object/,
    ],
    [
      'identity not an array',
      JSON.stringify({ ...good, policies: { identity: {} } }),
      /policies.identity must be an array/,
    ],
    [
      'policy not JSON',
      JSON.stringify({ ...good, policies: { resource: '{"Version": ' } }),
      /policies.resource/,
    ],
    ['policy a number', JSON.stringify({ ...good, policies: { scp: [3] } }), /policies.scp\[0\]/],
  ];
  for (const [name, text, message] of bad) {
    it(`rejects ${name} with a one-line message`, () => {
      const r = readSimulationRequest(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(message);
        expect(r.message).not.toContain('\n');
      }
      expect(simulate(text).ok).toBe(false);
    });
  }
});
