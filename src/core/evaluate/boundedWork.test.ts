import { describe, expect, it } from 'vitest';
import { evaluateRequest } from './evaluate';
import type { SimulationRequest } from './types';

// PRODUCT.md (Simulation request): the engine bounds its work and, where the bound is reached,
// fails closed. Matching every policy value against every request value is the quadratic path;
// each pair draws on the work budget whatever the operator, so a small budget shows it.
// Condition semantics: AWS docs, "Single-valued vs. multivalued context keys" (ForAnyValue) —
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html

const alice = { AWS: 'arn:aws:iam::111122223333:user/alice' };

function request(operator: string, key: string, policy: string[], context: string[]) {
  return {
    principal: alice,
    action: 's3:ListBucket',
    resource: 'arn:aws:s3:::example-bucket',
    context: { [key]: context },
    policies: {
      identity: [
        {
          Version: '2012-10-17',
          Statement: [
            { Sid: 'AllowS3', Effect: 'Allow', Action: 's3:*', Resource: '*' },
            {
              Sid: 'DenyListed',
              Effect: 'Deny',
              Action: 's3:*',
              Resource: '*',
              Condition: { [operator]: { [key]: policy } },
            },
          ],
        },
      ],
    },
  } satisfies SimulationRequest;
}

const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
const causesOf = (r: ReturnType<typeof evaluateRequest>) => {
  const reason = r.explain.reasons.find((x) => x.code === 'incomplete');
  return reason?.code === 'incomplete' ? reason.params.causes : undefined;
};

const grids: Array<[string, string, string[], string[]]> = [
  [
    'ForAnyValue:StringEquals',
    's3:prefix',
    range(60, (i) => `private/${i}/`),
    range(60, (i) => `public/${i}/`),
  ],
  [
    'ForAnyValue:StringLike',
    's3:prefix',
    range(60, (i) => `private/${i}/*`),
    range(60, (i) => `public/${i}/`),
  ],
  [
    'ForAnyValue:StringEqualsIgnoreCase',
    's3:prefix',
    range(60, (i) => `PRIVATE/${i}/`),
    range(60, (i) => `public/${i}/`),
  ],
  [
    'ForAnyValue:IpAddress',
    'aws:SourceIp',
    range(60, (i) => `198.51.100.${i}/32`),
    range(60, (i) => `203.0.113.${i}`),
  ],
];

describe('every condition comparison draws on the work budget', () => {
  it.each(grids)('%s: no pair matches, so the full budget allows', (op, key, policy, context) => {
    const r = evaluateRequest(request(op, key, policy, context));
    expect(r.decision).toBe('Allow');
    expect(r.explain.incomplete).toBeUndefined();
  });

  it.each(grids)(
    '%s: 3,600 pairs on a budget of 500 fail closed (the unfinished Deny applies)',
    (op, key, policy, context) => {
      const r = evaluateRequest(request(op, key, policy, context), { workLimit: 500 });
      expect(r.decision).toBe('ExplicitDeny');
      expect(r.explain.incomplete).toBe(true);
      expect(causesOf(r)).toEqual(['work-budget']);
      expect(r.explain.decidingStatements.map((s) => s.statementIndex)).toEqual([1]);
      const deny = r.explain.policies[0]?.statements[1];
      expect(deny?.incomplete).toBe(true);
      expect(deny?.conditions[0]?.incomplete).toEqual(['work-budget']);
    },
  );

  it('keeps a certain match found before the budget runs out: the Deny applies, complete', () => {
    const policy = ['secret', ...range(60, (i) => `private/${i}/`)];
    const context = ['secret', ...range(60, (i) => `public/${i}/`)];
    const r = evaluateRequest(request('ForAnyValue:StringEquals', 's3:prefix', policy, context), {
      workLimit: 50,
    });
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.explain.incomplete).toBeUndefined();
  });

  it('keeps a certain miss: ForAllValues false on the first value needs no more work', () => {
    const req = request(
      'ForAllValues:StringEquals',
      's3:prefix',
      ['public/0/'],
      ['other/', ...range(60, (i) => `public/${i}/`)],
    );
    const r = evaluateRequest(req, { workLimit: 30 });
    // The Deny's condition is certainly false (other/ is not listed): AllowS3 decides.
    expect(r.decision).toBe('Allow');
    expect(r.explain.incomplete).toBeUndefined();
  });
});
