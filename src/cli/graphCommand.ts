import { Catalog } from '../core/catalog';
import { createNodeSource } from '../core/catalog/nodeSource';
import { parsePolicy, type ParseResult } from '../core/policy';
import { readScenarioText, scenarioDocs } from '../core/scenario';
import { buildGraph, type Graph } from '../graph';
import { CliError } from './io';

/** `rolemap graph SCENARIO`: the same graph the app draws, as JSON, with the IAM catalog loaded. */
export async function graphCommand(text: string): Promise<Graph> {
  const read = readScenarioText(text);
  if (!read.ok) throw new CliError(read.message);
  const scenario = read.scenario;
  const parsed: Record<string, ParseResult> = {};
  for (const doc of scenarioDocs(scenario)) parsed[doc.id] = parsePolicy(doc.text);
  const catalog = new Catalog(createNodeSource());
  const first = buildGraph(scenario, { parsed });
  const actions = first.nodes.flatMap((n) => (n.kind === 'action' ? [n.action] : []));
  await catalog.ensureForActions(actions);
  return buildGraph(scenario, { parsed, catalog });
}
