/**
 * Property-based: the evaluator decides any request without throwing, and an explicit deny of
 * everything always wins. AWS's "Policy evaluation logic" page: "an explicit deny in any policy
 * overrides any allows".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionish,
  anyJson,
  arnish,
  policyShaped,
  PROPERTY_TIMEOUT,
  RUNS,
} from '../testing/arbitraries';
import { evaluateRequest } from './evaluate';
import { DECISIONS, type SimulationRequest } from './types';

const policies = fc.array(policyShaped, { maxLength: 3 });
const context = fc.dictionary(
  fc.constantFrom('aws:SourceIp', 's3:prefix', 'aws:username', '__proto__', 'aws:CurrentTime'),
  fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
    fc.integer(),
    fc.boolean(),
  ),
  { maxKeys: 3 },
);

/** A request whose principal, action and resource are well formed, with arbitrary policies in every layer. */
const request = fc.record({
  principal: fc.oneof(
    fc.constant({ AWS: 'arn:aws:iam::111122223333:role/Example' }),
    fc.constant({ Service: 'ec2.amazonaws.com' }),
    fc.constant({ AWS: 'arn:aws:sts::111122223333:assumed-role/Example/session' }),
  ),
  action: fc.constantFrom('s3:GetObject', 'iam:PassRole', 'sts:AssumeRole', 'ec2:RunInstances'),
  resource: fc.constantFrom(
    'arn:aws:s3:::bucket/key',
    '*',
    'arn:aws:iam::111122223333:role/Example',
  ),
  context,
  policies: fc.record(
    {
      identity: policies,
      boundary: policyShaped,
      session: policyShaped,
      scp: policies,
      rcp: policies,
      endpoint: policyShaped,
      resource: policyShaped,
    },
    { requiredKeys: [] },
  ),
});

function decided(input: unknown) {
  const r = evaluateRequest(input as SimulationRequest);
  expect(DECISIONS).toContain(r.decision);
  // `evaluation-failed` is the safety net: a throw inside the engine.
  expect(r.explain.reasons.map((x) => x.code)).not.toContain('evaluation-failed');
  expect(() => JSON.stringify(r)).not.toThrow();
  return r;
}

describe('evaluateRequest, on any input', { timeout: PROPERTY_TIMEOUT }, () => {
  it('decides arbitrary JSON and arbitrary request-shaped values without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyJson,
          fc.record({ principal: anyJson, action: actionish, resource: arnish, policies: anyJson }),
          request,
        ),
        (input) => {
          decided(input);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('an identity statement denying every action on every resource always decides ExplicitDeny for a role session', () => {
    const denyAll = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }],
    };
    fc.assert(
      fc.property(request, fc.nat(3), (r, at) => {
        // Identity policies are a role's or a user's: a service principal has none.
        fc.pre(!('Service' in r.principal));
        const identity = [...(r.policies.identity ?? [])];
        identity.splice(Math.min(at, identity.length), 0, denyAll);
        const result = decided({ ...r, policies: { ...r.policies, identity } });
        expect(result.decision).toBe('ExplicitDeny');
      }),
      { numRuns: RUNS },
    );
  });

  it('with no policy that allows, the answer is never Allow', () => {
    fc.assert(
      fc.property(request, (r) => {
        const empty = { Version: '2012-10-17', Statement: [] };
        const result = decided({
          ...r,
          policies: { ...r.policies, identity: [empty], resource: undefined },
        });
        expect(result.decision).not.toBe('Allow');
      }),
      { numRuns: RUNS },
    );
  });
});
