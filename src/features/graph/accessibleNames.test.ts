import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../core';
import { buildGraph, type ActionVerdict, type Graph, type GraphNode } from '../../graph';
import { seedFixtureScenario, withPolicies } from '../../graph/testing/graphHelpers';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { edgeAccessibleName, nodeAccessibleName } from './accessibleNames';

// PRODUCT.md, "Hooks in the page": every node and edge has a name in the UI language that says
// what it is and what it shows.

const catalog = new Catalog(createNodeSource());
let seed: Graph;
beforeAll(async () => {
  await catalog.load(['ssm', 'ssmmessages', 'ec2messages']);
  seed = buildGraph(seedFixtureScenario(), { catalog });
});

function node(graph: Graph, id: string): GraphNode {
  const n = graph.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
}

function edgeName(graph: Graph, lang: 'en' | 'ja', source: string, target: string): string {
  const e = graph.edges.find((x) => x.source === source && x.target === target);
  if (!e) throw new Error(`no edge ${source} → ${target}`);
  return edgeAccessibleName(lang, e, new Map(graph.nodes.map((n) => [n.id, n])));
}

describe('accessible names of the seed picture', () => {
  it('names the trust statement by what it admits', () => {
    expect(nodeAccessibleName('en', node(seed, 'trust:statement:1'))).toBe(
      'Trust policy, Statement 1: ec2.amazonaws.com may call sts:AssumeRole',
    );
    expect(nodeAccessibleName('ja', node(seed, 'trust:statement:1'))).toBe(
      '信頼ポリシー、ステートメント 1: ec2.amazonaws.com に sts:AssumeRole を許可',
    );
  });

  it('names an action by its id, access level, verdict and annotation', () => {
    const n = node(seed, 'action:ssm:getdocument');
    if (n.kind !== 'action') throw new Error('not an action');
    expect(nodeAccessibleName('en', n)).toBe(
      `Action ssm:GetDocument, Read, allowed: ${n.annotation}`,
    );
    expect(nodeAccessibleName('ja', n)).toBe(
      `アクション ssm:GetDocument、読み取り、許可: ${n.annotation}`,
    );
  });

  it('says what AWS decides once every layer applies', () => {
    const n = node(seed, 'action:ssm:getdocument');
    const verdict = (decision: ActionVerdict['decision'], extra: Partial<ActionVerdict> = {}) =>
      ({
        decision,
        reason: { code: 'no-match', params: {} },
        resources: [],
        ...extra,
      }) as unknown as ActionVerdict;
    expect(nodeAccessibleName('en', n, verdict('ExplicitDeny'))).toContain(
      'Read, denied once every layer applies:',
    );
    expect(nodeAccessibleName('en', n, verdict('ImplicitDeny'))).toContain(
      'not allowed once every layer applies',
    );
    expect(nodeAccessibleName('en', n, verdict('Allow', { partial: true }))).toContain(
      'allowed on some of its resources only',
    );
    expect(nodeAccessibleName('ja', n, verdict('ExplicitDeny'))).toContain(
      '読み取り、すべてのレイヤーを適用すると拒否',
    );
  });

  it('names the chain’s steps with what their cards show', () => {
    expect(nodeAccessibleName('en', node(seed, 'principal:service:ec2.amazonaws.com'))).toMatch(
      /^Principal ec2\.amazonaws\.com, AWS service · via instance profile/,
    );
    expect(nodeAccessibleName('en', node(seed, 'sts'))).toMatch(
      /^AWS STS, AssumeRole · session up to 1 h/,
    );
    expect(nodeAccessibleName('en', node(seed, 'credentials'))).toBe(
      'Temporary credentials, example values · expire after 1 h',
    );
    expect(nodeAccessibleName('en', node(seed, 'role'))).toBe(
      'IAM role SSMInstanceRole, max session 1 h',
    );
    expect(nodeAccessibleName('en', node(seed, 'policy:permission:0'))).toBe(
      'Permission policy AmazonSSMManagedInstanceCore, managed · 3 statements',
    );
    expect(nodeAccessibleName('ja', node(seed, 'credentials'))).toBe(
      '一時的な認証情報、例の値 · 1 時間後に失効',
    );
  });

  it('names every node, never by its internal id', () => {
    for (const lang of ['en', 'ja'] as const)
      for (const n of seed.nodes) {
        const name = nodeAccessibleName(lang, n);
        expect(name).not.toBe('');
        // Internal ids look like "trust:statement:1" or "action:ssm:getdocument".
        if (n.id.includes(':')) expect(name).not.toContain(n.id);
      }
  });

  it('names edges by their ends and their verb', () => {
    expect(edgeName(seed, 'en', 'principal:service:ec2.amazonaws.com', 'instance-profile')).toBe(
      'ec2.amazonaws.com → Instance profile: launches with',
    );
    expect(edgeName(seed, 'en', 'instance-profile', 'trust:statement:1')).toBe(
      'Instance profile → Trust policy: asks sts:AssumeRole',
    );
    expect(edgeName(seed, 'en', 'action:ssm:getdocument', 'resource:*')).toBe(
      'ssm:GetDocument → every resource: on',
    );
    expect(edgeName(seed, 'ja', 'sts', 'credentials')).toBe('AWS STS → 一時的な認証情報: 発行');
    expect(edgeName(seed, 'en', 'service:permission:0:ssm', 'action:ssm:getdocument')).toBe(
      'ssm → ssm:GetDocument',
    );
  });
});

describe('accessible names of what grants nothing', () => {
  it('says an unknown action grants nothing, with the did-you-mean', async () => {
    const graph = buildGraph(
      withPolicies(
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:GetDocumnet","Resource":"*"}]}',
      ),
      { catalog },
    );
    const typo = graph.nodes.find((n) => n.kind === 'action' && n.action === 'ssm:GetDocumnet');
    if (!typo) throw new Error('no typo card');
    expect(nodeAccessibleName('en', typo)).toBe(
      'Action ssm:GetDocumnet, grants nothing: Unknown action: grants nothing, Did you mean ssm:GetDocument?',
    );
  });
});
