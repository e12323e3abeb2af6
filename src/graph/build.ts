/** Scenario → Graph: the pure, deterministic model the UI draws and the CLI prints. */
import { parsePolicy } from '../core/policy/parse';
import type { ParseResult } from '../core/policy/types';
import type { PermissionPolicy, Scenario } from '../core/scenario/types';
import { addPermissionPolicies } from './permissionTree';
import type { CatalogView } from './catalogView';
import { GraphAccumulator } from './GraphAccumulator';
import { ResourceRegistry } from './ResourceRegistry';
import { addRoleLimits } from './roleLimits';
import { addTrustChain } from './trustChain';
import type { Graph } from './types';

export interface BuildOptions {
  /** Already-parsed documents keyed by doc id ('trust', 'permission:0', …); others are parsed here. */
  parsed?: Readonly<Record<string, ParseResult | undefined>>;
  /** IAM catalog for descriptions, access levels and wildcard counts; the graph draws without it. */
  catalog?: CatalogView;
  /** Ids of wildcard, group, "+N more" and service-group nodes the user expanded. */
  expanded?: ReadonlySet<string>;
}

function textOf(document: unknown): string {
  if (typeof document === 'string') return document;
  if (document === undefined || document === null) return '';
  try {
    return JSON.stringify(document, null, 2) ?? '';
  } catch {
    return '';
  }
}

/** Reads the scenario defensively: the CLI may hand us anything that merely looks like one. */
function normalise(scenario: Scenario): Scenario {
  const role: Partial<Scenario['role']> =
    typeof scenario === 'object' &&
    scenario !== null &&
    typeof scenario.role === 'object' &&
    scenario.role !== null
      ? scenario.role
      : {};
  const policies: PermissionPolicy[] = Array.isArray(role.permissionPolicies)
    ? role.permissionPolicies.filter(
        (p): p is PermissionPolicy => typeof p === 'object' && p !== null,
      )
    : [];
  const s = scenario as Partial<Scenario>;
  return {
    ...scenario,
    rolemap: 1,
    ...(s.sessionPolicy !== undefined ? { sessionPolicy: textOf(s.sessionPolicy) } : {}),
    ...(Array.isArray(s.scps) ? { scps: s.scps.map(textOf) } : {}),
    role: {
      ...role,
      ...(role.permissionsBoundary !== undefined
        ? { permissionsBoundary: textOf(role.permissionsBoundary) }
        : {}),
      name: typeof role.name === 'string' ? role.name : '',
      trustPolicy: textOf(role.trustPolicy),
      permissionPolicies: policies.map((p) => ({ ...p, document: textOf(p.document) })),
    },
  };
}

/**
 * Builds the graph for a scenario: principal → trust policy → STS → credentials → role →
 * permission policies → services → actions → resources, with ids derived from content so that
 * React Flow keeps positions and selection across rebuilds. Pure and deterministic; never throws.
 */
export function buildGraph(scenario: Scenario, options: BuildOptions = {}): Graph {
  try {
    return buildUnsafe(normalise(scenario), options);
  } catch {
    // A bug of ours must not take the page down: draw the fixed part of the chain.
    const acc = new GraphAccumulator();
    addTrustChain(
      acc,
      normalise({ rolemap: 1, role: { name: '', trustPolicy: '', permissionPolicies: [] } }),
      undefined,
    );
    return acc.toGraph();
  }
}

function buildUnsafe(scenario: Scenario, options: BuildOptions): Graph {
  const cache = new Map<string, ParseResult>();
  const texts: Record<string, string> = { trust: scenario.role.trustPolicy };
  scenario.role.permissionPolicies.forEach((p, i) => {
    texts[`permission:${i}`] = p.document;
  });
  const parsedOf = (doc: string): ParseResult | undefined => {
    const given = options.parsed?.[doc];
    if (given !== undefined) return given;
    const text = texts[doc];
    if (text === undefined) return undefined;
    let result = cache.get(doc);
    if (result === undefined) {
      result = parsePolicy(text);
      cache.set(doc, result);
    }
    return result;
  };

  const acc = new GraphAccumulator();
  addTrustChain(acc, scenario, parsedOf('trust'));
  addRoleLimits(acc, scenario);
  const ctx = { acc, catalog: options.catalog, expanded: options.expanded ?? new Set<string>() };
  addPermissionPolicies(ctx, scenario.role.permissionPolicies, parsedOf, new ResourceRegistry(acc));
  return acc.toGraph();
}
