/**
 * What a rendering draws: the scenario's graph with the catalog loaded and every layer's verdict, at
 * the level of detail a static picture reads at, laid out by the app's own layout code.
 */
import {
  lintKindOf,
  lintPolicy,
  parsePolicy,
  scenarioDocs,
  servicesToLoad,
  type Catalog,
  type DocId,
  type Finding,
  type ParseResult,
  type Scenario,
  type ScenarioDoc,
} from '../core';
import {
  buildGraph,
  collapsibleServices,
  effectiveActions,
  layoutGraphSync,
  levelOfDetail,
  withDecisions,
  type Graph,
  type Layout,
} from '../graph';

/** Action cards a picture draws one by one; past this every service is a summary card. */
export const MAX_CARDS = 60;
/** Nodes a picture draws at most; past this it draws the first ones and says so. */
export const MAX_NODES = 300;

/** One document's lint findings, for the Markdown summary. */
export interface DocFindings {
  doc: ScenarioDoc;
  findings: Finding[];
}

/** A scenario made ready to draw and summarise. */
export interface Prepared {
  scenario: Scenario;
  /** Every node the builder made, with `decision` on each action (the Markdown tables read it). */
  full: Graph;
  /** What the picture draws (summary cards when the actions are too many; at most MAX_NODES nodes). */
  view: Graph;
  layout: Layout;
  /** Action cards in the full graph and in the picture (fewer when services are summarised). */
  cards: { shown: number; total: number };
  /** Nodes the picture drew and the view had, when it had to stop at MAX_NODES. */
  nodes: { shown: number; total: number };
  findings: DocFindings[];
  /** The IAM data's date (ISO), '' when the catalog does not know it. */
  asOf: string;
}

/** Keeps the first `max` nodes (story order) and the edges between them. */
function firstNodes(graph: Graph, max: number): Graph {
  if (graph.nodes.length <= max) return graph;
  const nodes = graph.nodes.slice(0, max);
  const kept = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
}

async function lintAll(docs: readonly ScenarioDoc[], catalog: Catalog): Promise<DocFindings[]> {
  const out: DocFindings[] = [];
  for (const doc of docs) {
    await catalog.load(servicesToLoad(doc.text));
    const findings = lintPolicy(doc.text, lintKindOf(doc.kind), {
      catalog,
      managed: doc.managed === true,
    });
    out.push({ doc, findings });
  }
  return out;
}

/**
 * Builds, decides and lays out `scenario` as the app does (same builder, same effective view, same
 * layout), loading the catalog services it names first, and lints every document. Bounded: a big
 * policy is drawn as summary cards, a huge one stops at MAX_NODES nodes.
 */
export async function prepareRender(scenario: Scenario, catalog: Catalog): Promise<Prepared> {
  const docs = scenarioDocs(scenario);
  const parsed: Partial<Record<DocId, ParseResult>> = {};
  for (const doc of docs) parsed[doc.id] = parsePolicy(doc.text);
  const first = buildGraph(scenario, { parsed });
  await catalog.ensureForActions(
    first.nodes.flatMap((n) => (n.kind === 'action' ? [n.action] : [])),
  );
  const graph = buildGraph(scenario, { parsed, catalog });
  const full = withDecisions(graph, effectiveActions(graph, scenario, { catalog }));
  const total = full.nodes.filter((n) => n.kind === 'action').length;
  const services = collapsibleServices(full);
  const detailed = levelOfDetail(full, {
    expanded: new Set(total <= MAX_CARDS ? services : []),
  });
  const view = firstNodes(detailed, MAX_NODES);
  return {
    scenario,
    full,
    view,
    layout: layoutGraphSync(view),
    cards: { shown: view.nodes.filter((n) => n.kind === 'action').length, total },
    nodes: { shown: view.nodes.length, total: detailed.nodes.length },
    findings: await lintAll(docs, catalog),
    asOf: catalog.asOf,
  };
}
