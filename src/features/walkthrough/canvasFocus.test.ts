import type { Edge, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { seedScenario } from '../../core';
import { buildGraph, levelOfDetail, type Graph } from '../../graph';
import { decorate, drawnAs, focusOf, focusViewport, FOCUS_MAX_ZOOM } from './canvasFocus';
import { walkthroughSteps } from './steps';

/** The drawn picture as the canvas would hand it in: one flow node per node, one edge per edge. */
function flowOf(graph: Graph): { nodes: Node[]; edges: Edge[] } {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, position: { x: 0, y: 0 }, data: {} })),
    edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}

const attr = (n: Node, name: string) =>
  (n.domAttributes as Record<string, string> | undefined)?.[name];

describe('decorate', () => {
  const graph = buildGraph(seedScenario());
  const steps = walkthroughSteps(graph);

  it('highlights the step’s nodes, dims every other one, and marks the crossed edge', () => {
    const sts = steps.find((s) => s.card.kind === 'sts')!;
    const flow = flowOf(graph);
    const out = decorate(
      flow.nodes,
      flow.edges,
      focusOf(sts.key, graph, sts),
      drawnAs(graph, () => undefined),
    );
    for (const n of out.nodes) {
      if (n.id === 'sts') {
        expect(attr(n, 'data-highlighted')).toBe('true');
        expect(attr(n, 'data-dimmed')).toBeUndefined();
      } else {
        expect(attr(n, 'data-dimmed'), n.id).toBe('true');
        expect(attr(n, 'data-highlighted')).toBeUndefined();
      }
    }
    const crossing = out.edges.filter((e) => e.className?.includes('rm-edge--crossing'));
    expect(crossing.map((e) => `${e.source}>${e.target}`)).toEqual(['trust:statement:1>sts']);
    const dimmed = out.edges.filter((e) => e.className?.includes('rm-edge--dim'));
    expect(dimmed).toHaveLength(graph.edges.length - 1);
    // The given arrays are untouched.
    expect(flow.nodes.every((n) => n.domAttributes === undefined)).toBe(true);
  });

  it('lights a service’s summary card for its folded actions, and edges drawn from the box', () => {
    // Every service folded into one summary card: the action cards are not drawn.
    const folded = levelOfDetail(graph, { expanded: new Set() });
    expect(folded.nodes.some((n) => n.kind === 'action')).toBe(false);
    const actions = steps.find((s) => s.card.kind === 'actions')!;
    const resources = steps.find((s) => s.card.kind === 'resources')!;
    const flow = flowOf(folded);
    const as = drawnAs(folded, () => undefined);

    const lit = decorate(flow.nodes, flow.edges, focusOf(actions.key, graph, actions), as).lit;
    const services = folded.nodes.filter((n) => n.kind === 'service').map((n) => n.id);
    expect([...lit].sort()).toEqual(services.sort());

    // The resources step crosses action → resource edges: drawn from the summary cards here.
    const out = decorate(flow.nodes, flow.edges, focusOf(resources.key, graph, resources), as);
    const crossing = out.edges.filter((e) => e.className?.includes('rm-edge--crossing'));
    expect(crossing.length).toBeGreaterThan(0);
    for (const e of crossing) {
      expect(services).toContain(e.source);
      expect(e.target).toBe('resource:*');
    }
  });
});

describe('focusViewport', () => {
  const canvas = { width: 800, height: 600 };
  const padding = { top: 10, right: 10, bottom: 200, left: 10 };

  it('never zooms in past FOCUS_MAX_ZOOM for a small step, and centres it above the card', () => {
    const box = { x: 100, y: 100, width: 200, height: 80 };
    const v = focusViewport(box, canvas, padding);
    expect(v.zoom).toBe(FOCUS_MAX_ZOOM);
    const cx = v.x + (box.x + box.width / 2) * v.zoom;
    const cy = v.y + (box.y + box.height / 2) * v.zoom;
    expect(cx).toBeCloseTo(10 + 780 / 2);
    expect(cy).toBeCloseTo(10 + 390 / 2);
  });

  it('zooms out to fit a large step in the room left by the card', () => {
    const box = { x: 0, y: 0, width: 2000, height: 1000 };
    const v = focusViewport(box, canvas, padding);
    expect(v.zoom).toBeCloseTo(390 / 1000);
    expect(v.y + box.height * v.zoom).toBeLessThanOrEqual(600 - 200 + 0.001);
  });
});
