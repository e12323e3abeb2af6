/**
 * Property-based: the graph builder draws any scenario (any names, any policy texts, broken or
 * hostile) without throwing, as a well-formed graph: unique ids, every edge between two drawn
 * nodes, one role, one card per permission policy, with the IAM catalog loaded or not.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog, type Scenario } from '../core';
import { anyInputText, policyText, PROPERTY_TIMEOUT, RUNS } from '../core/testing/arbitraries';
import { createNodeSource } from '../platform/nodeCatalogSource';
import { buildGraph } from './build';

const catalog = new Catalog(createNodeSource());
beforeAll(async () => {
  await catalog.load(['s3', 'iam', 'ec2', 'sts', 'ssm']);
}, 60_000);

const text = fc.oneof({ weight: 3, arbitrary: policyText }, { weight: 1, arbitrary: anyInputText });
const name = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('__proto__', '<svg onload=alert(1)>'),
);

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    title: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    name,
    trust: text,
    policies: fc.array(fc.record({ name, managed: fc.boolean(), document: text }), {
      maxLength: 4,
    }),
    boundary: fc.option(text, { nil: undefined }),
    scps: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
    session: fc.option(text, { nil: undefined }),
  })
  .map((s) => ({
    rolemap: 1 as const,
    ...(s.title !== undefined ? { title: s.title } : {}),
    role: {
      name: s.name,
      trustPolicy: s.trust,
      permissionPolicies: s.policies.map((p, i) => ({ id: `permission:${i}` as const, ...p })),
      ...(s.boundary !== undefined ? { permissionsBoundary: s.boundary } : {}),
    },
    ...(s.scps !== undefined
      ? { scps: s.scps.map((document, i) => ({ id: `scp:${i}` as const, document })) }
      : {}),
    ...(s.session !== undefined ? { sessionPolicy: s.session } : {}),
  }));

describe('buildGraph, on any scenario', { timeout: PROPERTY_TIMEOUT }, () => {
  it('draws a well-formed graph, with or without the catalog', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), (s, withCatalog) => {
        const graph = buildGraph(s, withCatalog ? { catalog } : {});
        const ids = graph.nodes.map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        const known = new Set(ids);
        for (const e of graph.edges) expect(known.has(e.source) && known.has(e.target)).toBe(true);
        expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
        expect(graph.nodes.filter((n) => n.kind === 'role')).toHaveLength(1);
        // The builder's safety net draws the chain alone: a card per policy proves it was not hit.
        expect(graph.nodes.filter((n) => n.kind === 'permission-policy')).toHaveLength(
          s.role.permissionPolicies.length,
        );
        expect(() => JSON.stringify(graph)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});
