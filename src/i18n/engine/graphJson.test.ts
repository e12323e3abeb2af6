import { describe, expect, it } from 'vitest';
import { seedScenario } from '../../core';
import { buildGraph } from '../../graph';
import { renderGraph } from './graph';

// Graph JSON (PRODUCT.md): what `rolemap graph` prints, every text worded in the `--lang` language.

/** English words that must not be left in Japanese text (identifiers aside). */
const ENGLISH =
  /\b(?:the|every|all|any|must|statement|policy|session|service|actions?|resources?|more|anyone|account|trust|temporary|credentials|example|expire|max|grants?|issues|signs?|requests?|limited|launches|admitted|asks|on|managed|inline)\b/i;

describe('renderGraph (Graph JSON)', () => {
  const scenario = seedScenario();
  const graph = buildGraph(scenario);

  it('prints the seed graph with the story verbs in English, as the CLI always has', () => {
    const json = renderGraph(graph, 'en');
    const edge = (source: string, target: string) =>
      json.edges.find((e) => e.source === source && e.target === target)?.label;
    const node = (id: string) => json.nodes.find((n) => n.id === id);
    expect(edge('instance-profile', 'trust:statement:1')).toBe('asks sts:AssumeRole');
    expect(edge('trust:statement:1', 'sts')).toBe('admitted by Statement 1');
    expect(edge('sts', 'credentials')).toBe('issues');
    expect(edge('credentials', 'role')).toBe('signs requests as');
    expect(node('sts')?.detail).toBe('AssumeRole · session up to 1 h');
    expect(node('credentials')).toMatchObject({
      label: 'Temporary credentials',
      detail: 'example values · expire after 1 h',
    });
    expect(node('trust:statement:1')).toMatchObject({
      label: 'ec2.amazonaws.com may call sts:AssumeRole',
      detail: 'Statement 1',
      statement: 'Statement 1',
      conditions: [],
    });
    expect(node('resource:*')?.label).toBe('All resources (*)');
    const principal = json.nodes.find((n) => n.kind === 'principal');
    expect(principal).toMatchObject({
      label: 'ec2.amazonaws.com',
      detail: 'AWS service · via instance profile',
    });
    const action = json.nodes.find((n) => n.kind === 'action');
    expect(action).toMatchObject({ kind: 'action', label: 'DescribeAssociation' });
  });

  it('keeps every field of the model, in order, with texts as strings and no UI-only flags', () => {
    const json = renderGraph(graph, 'en');
    expect(json.nodes.map((n) => Object.keys(n))).toEqual(graph.nodes.map((n) => Object.keys(n)));
    for (const n of json.nodes) {
      expect(typeof n.label).toBe('string');
      if ('detail' in n) expect(typeof n.detail).toBe('string');
    }
    for (const e of json.edges) {
      expect('conditional' in e).toBe(false);
      if (e.label !== undefined) expect(typeof e.label).toBe('string');
    }
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('prints the same graph in Japanese', () => {
    const json = renderGraph(graph, 'ja');
    const texts = [
      ...json.nodes.flatMap((n) => [n.label, n.detail ?? '']),
      ...json.edges.map((e) => e.label ?? ''),
    ];
    expect(texts).toContain('ec2.amazonaws.com に sts:AssumeRole を許可');
    expect(texts).toContain('sts:AssumeRole を要求');
    expect(texts).toContain('ステートメント 1 で許可');
    expect(texts).toContain('一時的な認証情報');
    expect(texts).toContain('例の値 · 1 時間後に失効');
    expect(texts).toContain('すべてのリソース (*)');
    for (const t of texts) {
      const words = t.replace(/[\w.:*/-]*[:./*][\w.:*/-]*|AWS STS|AWS|SSMInstanceRole/g, '');
      // Action names and service names from the catalog stay as AWS writes them.
      if (/^[A-Z][A-Za-z]+$/.test(t) || /^[a-z0-9]+$/.test(t)) continue;
      expect(words, t).not.toMatch(ENGLISH);
    }
  });
});
