/** Which action cards sit inside which service box: the layout draws a service as a box of its actions. */
import type { Graph } from './types';

/**
 * Maps each action node to the service node it hangs from (directly, or through an expanded
 * wildcard or group above it). Actions reached from no service are left out and laid out alone.
 */
export function serviceContainers(graph: Graph): Map<string, string[]> {
  const kind = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const parentOf = new Map<string, string>();
  for (const e of graph.edges) {
    if (kind.get(e.target) !== 'action' || parentOf.has(e.target)) continue;
    const k = kind.get(e.source);
    if (k === 'service' || k === 'action') parentOf.set(e.target, e.source);
  }
  const serviceOf = (id: string): string | undefined => {
    let cur: string | undefined = id;
    for (let hops = 0; cur !== undefined && hops < 64; hops++) {
      const parent = parentOf.get(cur);
      if (parent === undefined) return undefined;
      if (kind.get(parent) === 'service') return parent;
      cur = parent;
    }
    return undefined;
  };
  const out = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (n.kind !== 'action') continue;
    const service = serviceOf(n.id);
    if (service === undefined) continue;
    const list = out.get(service) ?? [];
    list.push(n.id);
    out.set(service, list);
  }
  return out;
}

/** Grid columns for a service box: one column for a few actions, up to three for many. */
export function containerColumns(count: number): number {
  if (count <= 3) return 1;
  if (count <= 8) return 2;
  return 3;
}
