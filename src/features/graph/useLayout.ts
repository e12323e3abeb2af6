import { useEffect, useMemo, useState } from 'react';
import type { Graph } from '../../graph/types';
import { LANES } from '../../graph/types';
import { nodeSize } from '../../graph/sizes';
import { layoutGraphSync } from '../../graph';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Set on action cards drawn inside a service box. */
  container?: string;
}
export type Positions = Record<string, Box>;

export interface LaidOutGraph {
  graph: Graph;
  positions: Positions;
  /** True while these positions are a quick placement waiting for the real layout. */
  provisional: boolean;
  /** The shape these positions are for: fit-to-view runs again when it changes. */
  key: string;
}

/** The shape of a graph: layout only has to run again when this changes, not when a label does. */
function topologyKey(graph: Graph): string {
  const nodes = graph.nodes.map((n) => n.id).join('\n');
  const edges = graph.edges.map((e) => `${e.source}>${e.target}`).join('\n');
  return `${nodes}\n--\n${edges}`;
}

const LANE_WIDTH = 420;

/** Node sizes follow what nodes hold (a summary's counts, a comment): part of the shape layout waits for. */
function sizesKey(graph: Graph, type: number): string {
  return graph.nodes
    .map((n) => {
      const size = nodeSize(n, type);
      return `${size.width}x${size.height}`;
    })
    .join(',');
}

/**
 * Instant placement while the worker lays out: known nodes keep their place, new ones go under
 * their lane's column. The graph follows an edit at once; the tidy layout replaces it moments later.
 */
function provisionalLayout(graph: Graph, previous: Positions | undefined, type: number): Positions {
  const laneX = new Map<number, number>();
  const laneBottom = new Map<number, number>();
  const out: Positions = {};
  for (const n of graph.nodes) {
    const old = previous?.[n.id];
    if (!old) continue;
    const lane = LANES[n.kind];
    out[n.id] = { ...old, ...nodeSize(n, type) };
    if (!laneX.has(lane)) laneX.set(lane, old.x);
    laneBottom.set(lane, Math.max(laneBottom.get(lane) ?? 0, old.y + old.height + 24));
  }
  for (const n of graph.nodes) {
    if (out[n.id]) continue;
    const lane = LANES[n.kind];
    const size = nodeSize(n, type);
    const y = laneBottom.get(lane) ?? 0;
    out[n.id] = { x: laneX.get(lane) ?? lane * LANE_WIDTH, y, ...size };
    laneBottom.set(lane, y + size.height + 24);
  }
  return out;
}

type Reply = { id: number; positions?: Positions; error?: string };
type Listener = (key: string, positions: Positions) => void;

/**
 * One layout worker for the page, one request in flight at a time: while it works, only the newest
 * graph waits (older ones are dropped), so fast typing never builds a queue. Where no worker can
 * run (none in this browser, or it fails to start or dies) the newest graph waiting is laid out on
 * this thread instead, in a task of its own: a slower picture, never one left half placed.
 */
export class LayoutClient {
  private worker: Worker | undefined;
  private broken = false;
  private inFlight: { id: number; key: string; graph: Graph; type: number } | undefined;
  private wanted: { key: string; graph: Graph; type: number } | undefined;
  private nextId = 0;
  private listener: Listener | undefined;
  private here = false;

  constructor(
    private readonly layOutHere: (graph: Graph, type: number) => Positions | undefined = syncLayout,
  ) {}

  request(key: string, graph: Graph, type: number, listener: Listener): void {
    this.listener = listener;
    this.wanted = { key, graph, type };
    if (this.getWorker()) this.pump();
    else this.layOutSoon();
  }

  private getWorker(): Worker | undefined {
    if (this.broken) return undefined;
    try {
      if (!this.worker) {
        this.worker = new Worker(new URL('./layout.worker.ts', import.meta.url), {
          type: 'module',
        });
        this.worker.addEventListener('message', (e: MessageEvent<Reply>) => this.onReply(e.data));
        this.worker.addEventListener('error', () => this.fail());
      }
      return this.worker;
    } catch {
      this.fail();
      return undefined;
    }
  }

  /** The worker cannot run: what it was laying out, or the newer graph waiting, is laid out here. */
  private fail(): void {
    this.broken = true;
    this.worker?.terminate();
    this.worker = undefined;
    this.wanted ??= this.inFlight;
    this.inFlight = undefined;
    this.layOutSoon();
  }

  /** In a task of its own, the newest graph waiting is laid out here (once, however many asked). */
  private layOutSoon(): void {
    if (this.here) return;
    this.here = true;
    setTimeout(() => {
      this.here = false;
      const want = this.wanted;
      this.wanted = undefined;
      if (!want) return;
      const positions = this.layOutHere(want.graph, want.type);
      if (positions) this.listener?.(want.key, positions);
    }, 0);
  }

  private pump() {
    const want = this.wanted;
    if (!want || this.inFlight || !this.worker) return;
    const id = ++this.nextId;
    this.inFlight = { id, ...want };
    this.wanted = undefined;
    this.worker.postMessage({ id, graph: want.graph, type: want.type });
  }

  private onReply(reply: Reply) {
    const sent = this.inFlight;
    if (!sent || reply.id !== sent.id) return;
    this.inFlight = undefined;
    if (reply.positions) this.listener?.(sent.key, reply.positions);
    this.pump();
  }
}

const client = new LayoutClient();

/**
 * Up to this many nodes, dagre lays a picture out in a few milliseconds (the seed's 36 in about 4):
 * done at once on the main thread, so the first picture waits for no worker to start.
 */
const SYNC_MAX_NODES = 100;

/**
 * Lays a small graph out at once and a larger one in a Web Worker; until the worker's layout for
 * the current shape arrives, shows a provisional placement so the graph follows every edit at once.
 */
export function useLayout(graph: Graph, type = 1): LaidOutGraph {
  // The level of detail and presenter's type change sizes without changing ids: part of the shape.
  const key = `${sizesKey(graph, type)}\n${topologyKey(graph)}`;
  const [done, setDone] = useState<{ key: string; positions: Positions } | undefined>();
  const small = graph.nodes.length <= SYNC_MAX_NODES;
  const now = useMemo(
    () => {
      const positions = small ? syncLayout(graph, type) : undefined;
      return positions ? { key, positions } : undefined;
    },
    // Laid out again only when the shape changes, never for a label edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [small, key, type],
  );

  useEffect(() => {
    if (now || done?.key === key) return;
    client.request(key, graph, type, (k, positions) => setDone({ key: k, positions }));
  }, [graph, key, type, done?.key, now]);

  return useMemo(() => {
    if (now) return { graph, positions: now.positions, provisional: false, key };
    // A layout for an older shape still helps: its positions seed the provisional placement.
    const exact = done?.key === key;
    const positions = exact ? done.positions : provisionalLayout(graph, done?.positions, type);
    return { graph, positions, provisional: !exact, key };
  }, [graph, key, done, type, now]);
}

function syncLayout(graph: Graph, type: number): Positions | undefined {
  try {
    return layoutGraphSync(graph, undefined, { type });
  } catch {
    return undefined;
  }
}
