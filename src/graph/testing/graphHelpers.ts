/** Helpers shared by the graph tests: the seed fixture texts, reachability and node look-ups. */
import { seedScenario } from '../../core';
import type { Scenario } from '../../core';
import type { Graph, GraphNode } from '../types';

/**
 * The text of one seed fixture (the article's policies, comments and all): the seed scenario
 * holds them verbatim (core's scenario test checks they equal the fixture files).
 */
export function seedText(name: 'trust' | 'permission'): string {
  const seed = seedScenario();
  return name === 'trust'
    ? seed.role.trustPolicy
    : (seed.role.permissionPolicies[0]?.document ?? '');
}

/** The seed scenario built straight from the fixture files. */
export function seedFixtureScenario(): Scenario {
  return {
    rolemap: 1,
    role: {
      name: 'SSMInstanceRole',
      account: '111122223333',
      trustPolicy: seedText('trust'),
      permissionPolicies: [
        {
          id: 'permission:0',
          name: 'AmazonSSMManagedInstanceCore',
          managed: true,
          document: seedText('permission'),
        },
      ],
    },
  };
}

/** A scenario with the seed trust policy and the given permission policy documents. */
export function withPolicies(...documents: string[]): Scenario {
  return {
    rolemap: 1,
    role: {
      name: 'TestRole',
      trustPolicy: seedText('trust'),
      permissionPolicies: documents.map((document, i) => ({
        id: `permission:${i}` as const,
        name: `P${i}`,
        managed: false,
        document,
      })),
    },
  };
}

/** Every node id reachable from `from` by following edges forward. */
export function reachableFrom(graph: Graph, from: string): Set<string> {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const next of out.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

export function nodesOfKind<K extends GraphNode['kind']>(
  graph: Graph,
  kind: K,
): (GraphNode & { kind: K })[] {
  return graph.nodes.filter((n): n is GraphNode & { kind: K } => n.kind === kind);
}

/** Where an action's comment in the article stands: after it on its line, or heading its array. */
export interface SeedComment {
  comment: string;
  /** True for a run of `# …` lines heading the whole array (the statement's comment). */
  heading: boolean;
}

/**
 * The article's comment for each action, read from the fixture text line by line: a `# …` after
 * an action on its line, else the run of `# …` lines that heads the action's array.
 */
export function expectedSeedComments(text: string): Map<string, string> {
  return new Map([...seedCommentsByPlace(text)].map(([action, c]) => [action, c.comment]));
}

/** The article's comment for each action and whether it heads the array (see expectedSeedComments). */
export function seedCommentsByPlace(text: string): Map<string, SeedComment> {
  const out = new Map<string, SeedComment>();
  let heading: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#')) {
      heading.push(trimmed.slice(1).trim());
      continue;
    }
    const action = /^"([a-z0-9-]+:[A-Za-z0-9*]+)"/.exec(trimmed);
    if (action?.[1] !== undefined) {
      const hash = trimmed.indexOf('#');
      out.set(
        action[1],
        hash >= 0
          ? { comment: trimmed.slice(hash + 1).trim(), heading: false }
          : { comment: heading.join(' '), heading: true },
      );
      continue;
    }
    if (trimmed.startsWith(']')) heading = [];
  }
  return out;
}
