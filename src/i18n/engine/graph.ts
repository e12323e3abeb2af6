/**
 * The graph's codes in words, in either language: the node components and edge labels of the
 * app, and Graph JSON as the CLI prints it (PRODUCT.md, "Graph JSON").
 */
import type { Duration, StatementName } from '../../core';
import type { ConditionText, Graph, GraphEdge, GraphNode, GraphText } from '../../graph';
import { renderWith, type Lang } from '../types';
import { conditionEn, durationEn, graphEn, statementEn } from './graph.en';
import { conditionJa, durationJa, graphJa, statementJa } from './graph.ja';

/** A node label, detail or edge verb in words. */
export function graphText(lang: Lang, text: GraphText): string {
  return renderWith(lang === 'ja' ? graphJa : graphEn, text);
}

/** One condition of a statement as a sentence ("aws:SourceAccount must equal 111122223333"). */
export function conditionText(lang: Lang, condition: ConditionText): string {
  return renderWith(lang === 'ja' ? conditionJa : conditionEn, condition);
}

/** A duration in words ("1 h" / 「1 時間」), for session lengths. */
export function durationText(lang: Lang, duration: Duration): string {
  return lang === 'ja' ? durationJa(duration) : durationEn(duration);
}

/** A statement's name as the graph shows it: its Sid, else "Statement 2" / 「ステートメント 2」. */
export function graphStatementText(lang: Lang, statement: StatementName): string {
  return lang === 'ja' ? statementJa(statement) : statementEn(statement);
}

/** A node as Graph JSON has it: every text in words. */
type Worded<N> = {
  [K in keyof N]: K extends 'label' | 'detail' | 'statement' | 'note'
    ? string
    : K extends 'conditions'
      ? string[]
      : N[K];
};

/** One node of Graph JSON (PRODUCT.md): the model's node with `label`, `detail`… as strings. */
export type GraphJsonNode = GraphNode extends infer N
  ? N extends GraphNode
    ? Worded<N>
    : never
  : never;

/** One edge of Graph JSON: `id`, `source`, `target`, optional `label` (and `effect`). */
export type GraphJsonEdge = Omit<GraphEdge, 'label' | 'conditional'> & { label?: string };

/** Graph JSON, as `rolemap graph` prints it. */
export interface GraphJson {
  nodes: GraphJsonNode[];
  edges: GraphJsonEdge[];
}

function wordNode(lang: Lang, node: GraphNode): GraphJsonNode {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'label' || key === 'detail' || key === 'note')
      out[key] = graphText(lang, value as GraphText);
    else if (key === 'conditions')
      out[key] = (value as ConditionText[]).map((c) => conditionText(lang, c));
    else if (key === 'statement') out[key] = graphStatementText(lang, value as StatementName);
    else out[key] = value;
  }
  return out as GraphJsonNode;
}

function wordEdge(lang: Lang, edge: GraphEdge): GraphJsonEdge {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(edge)) {
    if (key === 'label') out[key] = graphText(lang, value as GraphText);
    else if (key !== 'conditional') out[key] = value;
  }
  return out as GraphJsonEdge;
}

/**
 * Graph JSON in one language: the same nodes and edges as the model, field for field, with every
 * label, detail, condition and statement name worded, so the CLI and tools read plain strings.
 */
export function renderGraph(graph: Graph, lang: Lang): GraphJson {
  return {
    nodes: graph.nodes.map((n) => wordNode(lang, n)),
    edges: graph.edges.map((e) => wordEdge(lang, e)),
  };
}
