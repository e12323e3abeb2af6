import { describe, expect, it } from 'vitest';
import { seedScenario } from '../core';
import { buildGraph, type Graph } from '../graph';
import { graphForView } from './graphForView';

const kindsOf = (g: Graph) => [...new Set(g.nodes.map((n) => n.kind))].sort();

describe('graphForView (?view=)', () => {
  const graph = buildGraph(seedScenario());

  it('shows everything by default', () => {
    expect(graphForView(graph, 'all')).toBe(graph);
  });

  it('chain: principal → trust policy → STS → credentials → role, without the permissions', () => {
    const chain = graphForView(graph, 'chain');
    expect(kindsOf(chain)).toEqual(
      ['credentials', 'instance-profile', 'principal', 'role', 'sts', 'trust-policy'].sort(),
    );
    const ids = new Set(chain.nodes.map((n) => n.id));
    expect(chain.edges.length).toBeGreaterThan(0);
    for (const e of chain.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('permissions: role → policies → services → actions → resources, without the chain', () => {
    const permissions = graphForView(graph, 'permissions');
    expect(kindsOf(permissions)).toEqual(
      ['action', 'permission-policy', 'resource', 'role', 'service'].sort(),
    );
    const ids = new Set(permissions.nodes.map((n) => n.id));
    for (const e of permissions.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    // Every action stays: the view hides the chain, not what the role may do.
    expect(permissions.nodes.filter((n) => n.kind === 'action')).toHaveLength(
      graph.nodes.filter((n) => n.kind === 'action').length,
    );
  });
});
