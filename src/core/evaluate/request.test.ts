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

  const bad: Array<[string, string, string, Record<string, unknown>?]> = [
    ['bad JSON', '{"principal": ', 'request-not-json'],
    ['not an object', '[1,2]', 'request-not-object'],
    [
      'missing principal',
      JSON.stringify({ ...good, principal: undefined }),
      'principal-not-object',
    ],
    ['principal string', JSON.stringify({ ...good, principal: 'alice' }), 'principal-not-object'],
    [
      'principal with two kinds',
      JSON.stringify({ ...good, principal: { AWS: 'x', Service: 'y' } }),
      'principal-type-count',
    ],
    [
      'principal empty',
      JSON.stringify({ ...good, principal: { Service: '' } }),
      'principal-empty',
      { type: 'Service' },
    ],
    ['missing action', JSON.stringify({ ...good, action: undefined }), 'action-missing'],
    ['missing resource', JSON.stringify({ ...good, resource: 5 }), 'resource-missing'],
    [
      'bad resourceAccount',
      JSON.stringify({ ...good, resourceAccount: 'abc' }),
      'resource-account-invalid',
    ],
    [
      'bad context',
      JSON.stringify({ ...good, context: { k: { x: 1 } } }),
      'context-value-invalid',
      { key: 'k' },
    ],
    ['policies not an object', JSON.stringify({ ...good, policies: [] }), 'policies-not-object'],
    [
      'identity not an array',
      JSON.stringify({ ...good, policies: { identity: {} } }),
      'policy-list-not-array',
      { list: 'policies.identity' },
    ],
    [
      'policy not JSON',
      JSON.stringify({ ...good, policies: { resource: '{"Version": ' } }),
      'policy-unreadable',
      { where: 'policies.resource' },
    ],
    [
      'policy a number',
      JSON.stringify({ ...good, policies: { scp: [3] } }),
      'policy-not-object-or-text',
      { where: 'policies.scp[0]' },
    ],
  ];
  for (const [name, text, code, params] of bad) {
    it(`rejects ${name} with the code ${code}`, () => {
      const r = readSimulationRequest(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        if (params) expect(r.error.params).toMatchObject(params);
      }
      expect(simulate(text).ok).toBe(false);
    });
  }
});
