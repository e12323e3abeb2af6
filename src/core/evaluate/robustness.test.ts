import { describe, expect, it } from 'vitest';
import { evaluateRequest } from './evaluate';
import { readSimulationRequest, simulate } from './request';
import type { SimulationRequest } from './types';

const base = {
  principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::bucket/key',
};

describe('the engine never throws and never hangs', () => {
  const junk: unknown[] = [
    null,
    undefined,
    42,
    'text',
    [],
    {},
    { principal: null, action: 5, resource: {}, policies: 'x' },
    {
      ...base,
      policies: {
        identity: [
          null,
          3,
          'not json',
          [],
          { Statement: 'x' },
          { Statement: [null, 5, { Effect: 'Allow' }] },
        ],
      },
    },
    {
      ...base,
      policies: {
        identity: [
          { Statement: { Effect: 'Allow', Action: [1, {}, 's3:*'], Resource: [null, '*'] } },
        ],
      },
    },
    {
      ...base,
      context: { k: { deep: [1] } },
      policies: { resource: { Statement: [{ Effect: 'Allow', Principal: 5, Action: '*' }] } },
    },
    JSON.parse(
      '{"__proto__": {"polluted": true}, "principal": {"AWS": "*"}, "action": "s3:GetObject", "resource": "*", "policies": {"identity": [{"__proto__": {"Statement": []}, "constructor": 1}]}}',
    ),
  ];
  for (const [i, input] of junk.entries()) {
    it(`junk input ${i}`, () => {
      const r = evaluateRequest(input as SimulationRequest);
      expect(['Allow', 'ExplicitDeny', 'ImplicitDeny']).toContain(r.decision);
      expect(() => JSON.stringify(r)).not.toThrow();
    });
  }
  it('does not pollute Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bounds thousands of adversarial wildcards', () => {
    const patterns = Array.from({ length: 5000 }, (_, i) => 'a*'.repeat(100) + `b${i}`);
    const request = {
      ...base,
      action: 's3:' + 'a'.repeat(3000),
      resource: 'arn:aws:s3:::' + 'a'.repeat(3000),
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: patterns.map((p) => 's3:' + p),
                Resource: patterns.map((p) => 'arn:aws:s3:::' + p),
              },
            ],
          },
        ],
      },
    };
    const r = evaluateRequest(request as SimulationRequest);
    expect(r.decision).toBe('ImplicitDeny');
  });

  it('reads a 5 MB request and deep nesting without throwing', () => {
    const big = JSON.stringify({
      ...base,
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: Array.from({ length: 300_000 }, (_, i) => `s3:GetObject${i}`),
                Resource: '*',
              },
            ],
          },
        ],
      },
    });
    expect(big.length).toBeGreaterThan(4_000_000);
    const r = simulate(big);
    expect(r.ok).toBe(true);
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(readSimulationRequest(deep).ok).toBe(false);
    const deepPolicy = JSON.stringify({
      ...base,
      policies: { resource: '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) },
    });
    expect(readSimulationRequest(deepPolicy).ok).toBe(false);
  });

  it('caps statements and notes it', () => {
    const statements = Array.from({ length: 10_050 }, () => ({
      Effect: 'Deny',
      Action: 'ec2:*',
      Resource: '*',
    }));
    const r = evaluateRequest({
      ...base,
      policies: { identity: [{ Statement: statements }] },
    } as SimulationRequest);
    // 10,000 matched, plus the first Deny past the bound standing for the rest (it fails closed).
    expect(r.explain.policies[0]?.statements.length).toBe(10_001);
    expect(r.explain.policies[0]?.statements[10_000]).toMatchObject({
      index: 10_000,
      incomplete: true,
      applies: true,
    });
    expect(r.explain.policies[0]?.notes).toContainEqual({
      code: 'statements-truncated',
      params: { limit: 10_000, total: 10_050 },
    });
  }, 30_000);
});

// PRODUCT.md: a bounded engine fails closed and says so; it never turns an explicit deny into Allow.
describe('bounded work fails closed', () => {
  const storm = Array.from({ length: 50 }, (_, i) => `${'a*'.repeat(30)}b${i}`);
  const request = (deny: object) =>
    ({
      principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::example-bucket',
      context: { 's3:prefix': Array.from({ length: 50 }, (_, i) => `${'a'.repeat(120)}${i}`) },
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
          },
          { Version: '2012-10-17', Statement: [deny] },
        ],
      },
    }) as SimulationRequest;

  it('counts a Deny it could not finish matching as applying, and marks the answer incomplete', () => {
    const deny = {
      Sid: 'Storm',
      Effect: 'Deny',
      Action: 's3:ListBucket',
      Resource: '*',
      Condition: { 'ForAnyValue:StringLike': { 's3:prefix': storm } },
    };
    const full = evaluateRequest(request(deny));
    expect(full.decision).toBe('Allow'); // with enough budget: no prefix ends in b<i>
    const bounded = evaluateRequest(request(deny), { workLimit: 5_000 });
    expect(bounded.decision).toBe('ExplicitDeny');
    expect(bounded.explain.incomplete).toBe(true);
    expect(bounded.explain.reasons[0]?.code).toBe('incomplete');
    expect(bounded.explain.policies[1]?.statements[0]?.incomplete).toBe(true);
  });

  it('keeps definite answers: a Deny whose action does not match still does not apply', () => {
    const deny = {
      Effect: 'Deny',
      Action: 'ec2:*',
      Resource: '*',
      Condition: { 'ForAnyValue:StringLike': { 's3:prefix': storm } },
    };
    const bounded = evaluateRequest(request(deny), { workLimit: 5_000 });
    expect(bounded.decision).toBe('Allow');
    expect(bounded.explain.policies[1]?.statements[0]?.incomplete).toBeUndefined();
  });
});
