/// <reference lib="webworker" />
import { layoutGraph } from '../../graph/layout';
import type { Graph } from '../../graph';

/** Layout runs here, off the main thread, so typing never waits for ELK. */
self.onmessage = async (event: MessageEvent<{ id: number; graph: Graph; type?: number }>) => {
  const { id, graph, type } = event.data;
  try {
    const positions = await layoutGraph(graph, undefined, { type: type ?? 1 });
    self.postMessage({ id, positions });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
