import { describe, expect, it } from 'vitest';
import { Catalog, seedScenario } from '../core';
import type { Scenario } from '../core';
import { createNodeSource } from '../platform/nodeCatalogSource';
import { buildGraph } from './build';

// The builder keeps what it worked out about an action from one build to the next while the
// catalog's version stays the same; more data loaded must be seen at once. Service Authorization
// Reference: cloudfront:CreateInvalidation acts on a distribution, s3:GetObject on an object.

function scenarioWith(actions: string[]): Scenario {
  const seed = seedScenario();
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: 'arn:aws:s3:::example-site/*' }],
  });
  return {
    ...seed,
    role: {
      ...seed.role,
      permissionPolicies: [{ id: 'permission:0', name: 'Site', managed: false, document }],
    },
  };
}

const SITE = 'resource:arn:aws:s3:::example-site/*';

function linked(scenario: Scenario, catalog: Catalog, action: string): boolean {
  const graph = buildGraph(scenario, { catalog });
  return graph.edges.some((e) => e.source === `action:${action}` && e.target === SITE);
}

describe('reaches kept between builds', () => {
  it('follow the catalog: drawn as written before its data, as it acts once loaded', async () => {
    const catalog = new Catalog(createNodeSource());
    const scenario = scenarioWith(['cloudfront:CreateInvalidation', 's3:GetObject']);
    // Nothing loaded: the catalog cannot tell, so the link is drawn as written.
    expect(linked(scenario, catalog, 'cloudfront:createinvalidation')).toBe(true);
    await catalog.load(['cloudfront', 's3']);
    expect(linked(scenario, catalog, 'cloudfront:createinvalidation')).toBe(false);
    expect(linked(scenario, catalog, 's3:getobject')).toBe(true);
    // Another text, the same catalog: the kept answers are the same answers.
    const edited = scenarioWith(['s3:GetObject', 'cloudfront:CreateInvalidation', 's3:PutObject']);
    expect(linked(edited, catalog, 'cloudfront:createinvalidation')).toBe(false);
    expect(linked(edited, catalog, 's3:putobject')).toBe(true);
  });
});
