import {
  parsePolicy,
  readScenarioText,
  scenarioDocs,
  type Catalog,
  type ParseResult,
} from '../core';
import { buildGraph, effectiveActions, withDecisions } from '../graph';
import type { Lang } from '../i18n';
import { CliError } from './CliError';
import { graphOutput, scenarioErrorMessage } from './texts';

/**
 * `rolemap graph SCENARIO`: the same graph the app draws, as JSON, with the IAM catalog loaded;
 * action nodes carry their effective verdict (`decision`, every layer on) from the app's own code.
 */
export async function graphCommand(text: string, catalog: Catalog, lang: Lang): Promise<unknown> {
  const read = readScenarioText(text);
  if (!read.ok) throw new CliError(scenarioErrorMessage(lang, read.error));
  const scenario = read.scenario;
  const parsed: Record<string, ParseResult> = {};
  for (const doc of scenarioDocs(scenario)) parsed[doc.id] = parsePolicy(doc.text);
  const first = buildGraph(scenario, { parsed });
  const actions = first.nodes.flatMap((n) => (n.kind === 'action' ? [n.action] : []));
  await catalog.ensureForActions(actions);
  const graph = buildGraph(scenario, { parsed, catalog });
  return graphOutput(lang, withDecisions(graph, effectiveActions(graph, scenario, { catalog })));
}
