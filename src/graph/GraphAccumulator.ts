/** Collects nodes and edges in insertion order, de-duplicating by id, so builders can add freely. */
import type { Effect, Graph, GraphEdge, GraphNode } from './types';

/** Longest merged edge label, so repeated statements cannot grow a label without bound. */
const MAX_LABEL = 160;

export class GraphAccumulator {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly labels = new Map<string, string[]>();

  /** Adds a node unless one with its id exists; returns the node that is in the graph. */
  addNode<T extends GraphNode>(node: T): T {
    const existing = this.nodes.get(node.id);
    if (existing !== undefined) return existing as T;
    this.nodes.set(node.id, node);
    return node;
  }

  getNode(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /**
   * Adds the edge source → target; an edge between the same two nodes is kept once, with the
   * distinct labels of every call joined by "; " (two statements granting the same action).
   */
  addEdge(source: string, target: string, label?: string, effect?: Effect): GraphEdge {
    const id = `${source}->${target}`;
    const existing = this.edges.get(id);
    if (existing !== undefined) {
      const labels = this.labels.get(id) ?? [];
      if (label !== undefined && label !== '' && !labels.includes(label)) {
        if ((existing.label?.length ?? 0) < MAX_LABEL) {
          labels.push(label);
          this.labels.set(id, labels);
          existing.label = labels.join('; ');
        }
      }
      return existing;
    }
    const edge: GraphEdge = { id, source, target };
    if (label !== undefined && label !== '') {
      edge.label = label;
      this.labels.set(id, [label]);
    }
    if (effect !== undefined) edge.effect = effect;
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
