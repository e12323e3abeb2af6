/**
 * Property-based: share links and scenario values of any content decode to a scenario or a coded
 * error, never a throw; a scenario survives its own share link (PRODUCT.md, "Share URL").
 */
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  anyJson,
  anyText,
  policyShaped,
  policyText,
  PROPERTY_TIMEOUT,
  RUNS,
} from '../testing/arbitraries';
import { decodeScenario, encodeScenario, sameSharedContent } from './codec';
import { readScenarioValue, type ReadScenarioResult } from './read';
import type { Scenario } from './types';

const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');

/** Any valid scenario: any names and titles, any policy texts (comments, broken JSON and all). */
const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    title: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
    name,
    trust: policyText,
    policies: fc.array(fc.record({ name, managed: fc.boolean(), document: policyText }), {
      maxLength: 4,
    }),
    scps: fc.option(fc.array(policyText, { maxLength: 2 }), { nil: undefined }),
  })
  .map(({ title, name, trust, policies, scps }) => ({
    rolemap: 1 as const,
    ...(title !== undefined ? { title } : {}),
    role: {
      name,
      trustPolicy: trust,
      permissionPolicies: policies.map((p, i) => ({ id: `permission:${i}` as const, ...p })),
    },
    ...(scps !== undefined
      ? { scps: scps.map((document, i) => ({ id: `scp:${i}` as const, document })) }
      : {}),
  }));

/** A scenario-file-shaped value with arbitrary (often wrong) parts, hostile keys included. */
const scenarioShaped = fc.record(
  {
    rolemap: fc.oneof(fc.constant(1), anyJson),
    title: fc.oneof(fc.string(), anyJson),
    role: fc.oneof(
      fc.record(
        {
          name: fc.oneof(fc.string(), anyJson),
          account: fc.oneof(fc.constant('111122223333'), anyJson),
          maxSessionDuration: fc.oneof(fc.integer(), anyJson),
          trustPolicy: fc.oneof(policyText, policyShaped),
          permissionPolicies: fc.oneof(
            fc.array(
              fc.record({ name: fc.string(), document: fc.oneof(policyText, policyShaped) }),
            ),
            anyJson,
          ),
          permissionsBoundary: fc.oneof(policyText, anyJson),
        },
        { requiredKeys: [] },
      ),
      anyJson,
    ),
    scps: fc.oneof(fc.array(policyText, { maxLength: 3 }), anyJson),
    sessionPolicy: fc.oneof(policyText, anyJson),
  },
  { requiredKeys: [] },
);

function coded(r: ReadScenarioResult) {
  if (!r.ok) expect(typeof r.error.code).toBe('string');
  expect(() => JSON.stringify(r)).not.toThrow();
}

describe('the scenario codec, on any input', { timeout: PROPERTY_TIMEOUT }, () => {
  it('decodeScenario turns any text, and any JSON packed as a link, into a scenario or a coded error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          anyJson.map((v) => LZString.compressToEncodedURIComponent(JSON.stringify(v))),
          scenarioShaped.map((v) => LZString.compressToEncodedURIComponent(JSON.stringify(v))),
        ),
        (payload) => coded(decodeScenario(payload)),
      ),
      { numRuns: RUNS },
    );
  });

  it('readScenarioValue turns any value into a scenario or a coded error', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, scenarioShaped), (value) => coded(readScenarioValue(value))),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('every valid scenario comes back from its own share link with the same content', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const back = decodeScenario(encodeScenario(s));
        expect(back.ok).toBe(true);
        if (back.ok) expect(sameSharedContent(back.scenario, s)).toBe(true);
      }),
      { numRuns: RUNS / 3 },
    );
  });
});
