/** Collects nodes and edges in insertion order, de-duplicating by id, so builders can add freely. */
import type { GraphText } from './text';
import type { Effect, Graph, GraphEdge, GraphNode } from './types';

/**
 * Most distinct verbs kept on one merged edge (two statements granting the same action on the
 * same resource under different conditions); i18n shortens the words further when it renders.
 */
const MAX_MERGED_LABELS = 12;

/** What an edge says and how it is drawn. */
export interface EdgeOptions {
  label?: GraphText;
  effect?: Effect;
  /** The edge holds only under a statement's conditions. */
  conditional?: boolean;
}

function keyOf(label: GraphText): string {
  return JSON.stringify(label);
}

export class GraphAccumulator {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  /** The distinct labels of each merged edge; their keys are computed only when two differ. */
  private readonly labels = new Map<string, { texts: GraphText[]; keys?: string[] }>();

  /** Adds a node unless one with its id exists; returns the node that is in the graph. */
  addNode<T extends GraphNode>(node: T): T {
    const existing = this.nodes.get(node.id);
    if (existing !== undefined) return existing as T;
    this.nodes.set(node.id, node);
    return node;
  }

  /** The node with this id, when it has been added. */
  getNode(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  /** Whether a node with this id has been added. */
  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /**
   * Adds the edge source → target; an edge between the same two nodes is kept once, with the
   * distinct labels of every call kept together (two statements granting the same action).
   */
  addEdge(source: string, target: string, options: EdgeOptions = {}): GraphEdge {
    const { label, effect, conditional } = options;
    const id = `${source}->${target}`;
    const existing = this.edges.get(id);
    if (existing !== undefined) {
      if (conditional === true) existing.conditional = true;
      if (label === undefined) return existing;
      const merged = this.labels.get(id) ?? { texts: [] };
      // Most repeats are the very same label object (one statement, many actions): no key needed.
      if (merged.texts.includes(label) || merged.texts.length >= MAX_MERGED_LABELS) return existing;
      const keys = (merged.keys ??= merged.texts.map(keyOf));
      const key = keyOf(label);
      if (keys.includes(key)) return existing;
      keys.push(key);
      merged.texts.push(label);
      this.labels.set(id, merged);
      existing.label =
        merged.texts.length === 1
          ? label
          : { code: 'several', params: { texts: [...merged.texts] } };
      return existing;
    }
    const edge: GraphEdge = { id, source, target };
    if (label !== undefined) {
      edge.label = label;
      this.labels.set(id, { texts: [label] });
    }
    if (effect !== undefined) edge.effect = effect;
    if (conditional === true) edge.conditional = true;
    this.edges.set(id, edge);
    return edge;
  }

  /** The graph so far; edges whose ends are missing are dropped so consumers never see dangling ids. */
  toGraph(): Graph {
    const edges = [...this.edges.values()].filter(
      (e) => this.nodes.has(e.source) && this.nodes.has(e.target),
    );
    return { nodes: [...this.nodes.values()], edges };
  }
}
