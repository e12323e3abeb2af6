import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph/build';
import { seedFixtureScenario } from '../../graph/testing/graphHelpers';
import { LayoutClient, type Positions } from './useLayout';

/** The listener's calls, once the task the client lays out in has run. */
async function laidOut(client: LayoutClient, requests: [string, number][]) {
  const graph = buildGraph(seedFixtureScenario());
  const calls: { key: string; positions: Positions }[] = [];
  for (const [key, type] of requests)
    client.request(key, graph, type, (k, positions) => calls.push({ key: k, positions }));
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { graph, calls };
}

describe('LayoutClient where no worker can run', () => {
  // Node has no Worker: the client's worker fails to start, as in a browser without module workers.
  it('lays the graph out on this thread: every node placed', async () => {
    expect(typeof Worker).toBe('undefined');
    const { graph, calls } = await laidOut(new LayoutClient(), [['shape-1', 1]]);
    expect(calls.map((c) => c.key)).toEqual(['shape-1']);
    const placed = calls[0]!.positions;
    for (const node of graph.nodes) {
      expect(placed[node.id], node.id).toBeDefined();
      expect(Number.isFinite(placed[node.id]!.x) && Number.isFinite(placed[node.id]!.y)).toBe(true);
    }
  });

  it('lays out only the newest of the graphs asked for before its task runs', async () => {
    const { calls } = await laidOut(new LayoutClient(), [
      ['shape-1', 1],
      ['shape-2', 1],
      ['shape-3', 1.25],
    ]);
    expect(calls.map((c) => c.key)).toEqual(['shape-3']);
  });

  it('answers each request asked for after the last one was laid out', async () => {
    const client = new LayoutClient();
    const first = await laidOut(client, [['shape-1', 1]]);
    const second = await laidOut(client, [['shape-2', 1]]);
    expect([...first.calls, ...second.calls].map((c) => c.key)).toEqual(['shape-1', 'shape-2']);
  });
});
