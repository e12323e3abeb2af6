import { describe, expect, it, vi } from 'vitest';
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

// What a build asks the catalog about one service's resource types: the reach of its actions.
function askedAbout(catalog: Catalog, service: string, build: () => void): number {
  const original = catalog.resourceType.bind(catalog);
  let asked = 0;
  const spy = vi.spyOn(catalog, 'resourceType').mockImplementation((prefix, key) => {
    if (prefix === service) asked++;
    return original(prefix, key);
  });
  try {
    build();
  } finally {
    spy.mockRestore();
  }
  return asked;
}

describe('reaches kept while more of the catalog loads', () => {
  it('a settled reach is not worked out again when another service lands', async () => {
    const catalog = new Catalog(createNodeSource());
    const scenario = scenarioWith(['s3:GetObject', 'cloudfront:CreateInvalidation']);
    await catalog.load(['s3']);
    expect(askedAbout(catalog, 's3', () => buildGraph(scenario, { catalog }))).toBeGreaterThan(0);
    await catalog.load(['cloudfront']);
    // s3's data cannot change: s3:GetObject's reach stays; cloudfront's is worked out now.
    expect(askedAbout(catalog, 's3', () => buildGraph(scenario, { catalog }))).toBe(0);
    expect(linked(scenario, catalog, 'cloudfront:createinvalidation')).toBe(false);
    expect(linked(scenario, catalog, 's3:getobject')).toBe(true);
  });

  it('a reach that reads other services (ssm:SendCommand: an EC2 instance, an S3 bucket) waits for them', async () => {
    const catalog = new Catalog(createNodeSource());
    const scenario = scenarioWith(['ssm:SendCommand']);
    await catalog.load(['ssm']);
    buildGraph(scenario, { catalog });
    await catalog.load(['ec2']);
    // ec2 names the instance's parts: the reach is worked out again with them. It also acts on
    // an S3 bucket (an output location), so it is not settled until s3 is in.
    expect(askedAbout(catalog, 'ssm', () => buildGraph(scenario, { catalog }))).toBeGreaterThan(0);
    await catalog.load(['s3']);
    expect(askedAbout(catalog, 'ssm', () => buildGraph(scenario, { catalog }))).toBeGreaterThan(0);
    await catalog.load(['cloudfront']);
    expect(askedAbout(catalog, 'ssm', () => buildGraph(scenario, { catalog }))).toBe(0);
  });
});
