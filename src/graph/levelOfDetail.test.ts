import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../core';
import { createNodeSource } from '../platform/nodeCatalogSource';
import { buildGraph } from './build';
import { serviceContainers } from './containers';
import { levelOfDetail } from './levelOfDetail';
import { seedFixtureScenario, withPolicies } from './testing/graphHelpers';
import type { Graph, ServiceNode } from './types';

const catalog = new Catalog(createNodeSource());
beforeAll(() => catalog.loadAll(), 60_000);

const services = (g: Graph) => g.nodes.filter((n): n is ServiceNode => n.kind === 'service');
const ids = (g: Graph) => new Set(g.nodes.map((n) => n.id));

describe('levelOfDetail', () => {
  it('draws every collapsed service as one card with its actions counted by access level', () => {
    const graph = buildGraph(seedFixtureScenario(), { catalog });
    const before = JSON.stringify(graph);
    const view = levelOfDetail(graph, { expanded: new Set() });
    // The model is untouched (the CLI's graph JSON keeps every action node).
    expect(JSON.stringify(graph)).toBe(before);
    expect(graph.nodes.filter((n) => n.kind === 'action')).toHaveLength(25);
    expect(view.nodes.filter((n) => n.kind === 'action')).toHaveLength(0);
    const ssm = services(view).find((s) => s.service === 'ssm');
    expect(ssm?.lod).toBe('summary');
    expect(ssm?.summary?.members).toHaveLength(15);
    // AmazonSSMManagedInstanceCore's ssm actions by the catalog's access levels: 2 List, 8 Read, 5 Write.
    expect(ssm?.summary?.levels).toEqual({ List: 2, Read: 8, Write: 5 });
    const levelsInModel = graph.nodes.flatMap((n) =>
      n.kind === 'action' && n.action.startsWith('ssm:') ? [n.accessLevel] : [],
    );
    expect(levelsInModel.filter((l) => l === 'Read')).toHaveLength(8);
    expect(ssm?.summary?.denied).toBe(0);
    expect(ssm?.summary?.unknown).toBe(0);
    // Each service speaks for its actions: one link to `*` each, deduplicated, with the verb.
    const toStar = view.edges.filter((e) => e.target === 'resource:*');
    expect(toStar.map((e) => e.source).sort()).toEqual(
      services(view)
        .map((s) => s.id)
        .sort(),
    );
    expect(toStar.every((e) => e.label?.code === 'acts-on')).toBe(true);
    // Every edge joins two nodes that are drawn.
    const present = ids(view);
    for (const e of view.edges) expect(present.has(e.source) && present.has(e.target)).toBe(true);
    expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
  });

  it('keeps the action cards of an expanded service, and marks it so it can collapse again', () => {
    const graph = buildGraph(seedFixtureScenario(), { catalog });
    const ssm = services(graph).find((s) => s.service === 'ssm');
    if (!ssm) throw new Error('no ssm service');
    const view = levelOfDetail(graph, { expanded: new Set([ssm.id]) });
    const actions = view.nodes.filter((n) => n.kind === 'action');
    expect(actions).toHaveLength(15);
    expect(actions.every((a) => a.kind === 'action' && a.action.startsWith('ssm:'))).toBe(true);
    expect(services(view).find((s) => s.id === ssm.id)?.lod).toBe('actions');
    expect(services(view).find((s) => s.id === ssm.id)?.summary).toBeUndefined();
    // Its cards keep their own edges; the others' edges are lifted to their service.
    expect(view.edges.filter((e) => e.source === ssm.id)).toHaveLength(15);
    expect(serviceContainers(view).get(ssm.id)).toHaveLength(15);
  });

  it('names the actions when only some of a collapsed service act on a resource, and counts denies and typos', () => {
    const graph = buildGraph(
      withPolicies(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:GetObjcet'],
              Resource: ['arn:aws:s3:::octo-artifacts', 'arn:aws:s3:::octo-artifacts/*'],
            },
            {
              Effect: 'Deny',
              Action: 's3:DeleteObject',
              Resource: 'arn:aws:s3:::octo-artifacts/*',
            },
          ],
        }),
      ),
      { catalog },
    );
    const view = levelOfDetail(graph, { expanded: new Set() });
    const s3 = services(view).find((s) => s.service === 's3');
    expect(s3?.summary?.denied).toBe(1);
    expect(s3?.summary?.unknown).toBe(1);
    expect(s3?.summary?.levels).toEqual({ Read: 1, Write: 2, List: 1 });
    const bucket = view.nodes.find(
      (n) => n.kind === 'resource' && n.arn === 'arn:aws:s3:::octo-artifacts',
    );
    const objects = view.nodes.find(
      (n) => n.kind === 'resource' && n.arn === 'arn:aws:s3:::octo-artifacts/*',
    );
    const toBucket = view.edges.filter((e) => e.source === s3?.id && e.target === bucket?.id);
    expect(toBucket).toHaveLength(1);
    expect(toBucket[0]?.label).toEqual({
      code: 'acts-on-only',
      params: { actions: { items: ['ListBucket'], more: 0 } },
    });
    // The deny and the allows on the objects stay two links (red and green).
    const toObjects = view.edges.filter((e) => e.source === s3?.id && e.target === objects?.id);
    expect(toObjects.map((e) => e.effect).sort()).toEqual(['Allow', 'Deny']);
  });

  it('leaves a graph without service boxes as it is', () => {
    const graph: Graph = { nodes: [], edges: [] };
    expect(levelOfDetail(graph, { expanded: new Set() })).toBe(graph);
  });
});
