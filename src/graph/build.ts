/** Scenario → Graph: the pure, deterministic model the UI draws and the CLI prints. */
import { isRecord, parsePolicy, scenarioDocs } from '../core';
import type {
  DocId,
  ParseResult,
  PermissionDocId,
  PermissionPolicy,
  Scenario,
  ScpDocId,
  RcpDocId,
  RcpDocument,
  ScpDocument,
} from '../core';
import { addPermissionPolicies } from './permissionTree';
import type { CatalogView } from './catalogView';
import { GraphAccumulator } from './GraphAccumulator';
import { ResourceRegistry } from './ResourceRegistry';
import { ResourceUse } from './ResourceUse';
import { addRoleLimits } from './roleLimits';
import { addTrustChain } from './trustChain';
import type { Graph } from './types';

export interface BuildOptions {
  /** Already-parsed documents keyed by their stable id; others are parsed here. */
  parsed?: Readonly<Partial<Record<DocId, ParseResult | undefined>>>;
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

/** A document id as given when it has the right form, else a fresh one for this build only. */
function idOr<T extends string>(id: unknown, prefix: string, fresh: T): T {
  return typeof id === 'string' && id.startsWith(prefix) ? (id as T) : fresh;
}

function permissionPolicies(list: unknown): PermissionPolicy[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((p, i) => ({
    ...(p as Partial<PermissionPolicy>),
    id: idOr<PermissionDocId>(p.id, 'permission:', `permission:${i}`),
    name: typeof p.name === 'string' ? p.name : '',
    managed: p.managed === true,
    document: textOf(p.document),
  }));
}

function scps(list: unknown): ScpDocument[] {
  if (!Array.isArray(list)) return [];
  return list.map((scp: unknown, i) => {
    const fresh: ScpDocId = `scp:${i}`;
    // A list of texts (the file form) is read too.
    if (!isRecord(scp)) return { id: fresh, document: textOf(scp) };
    return { id: idOr<ScpDocId>(scp.id, 'scp:', fresh), document: textOf(scp.document) };
  });
}

function rcps(list: unknown): RcpDocument[] {
  if (!Array.isArray(list)) return [];
  return list.map((rcp: unknown, i) => {
    const fresh: RcpDocId = `rcp:${i}`;
    if (!isRecord(rcp)) return { id: fresh, document: textOf(rcp) };
    return { id: idOr<RcpDocId>(rcp.id, 'rcp:', fresh), document: textOf(rcp.document) };
  });
}

/** Reads the scenario defensively: the CLI may hand us anything that merely looks like one. */
function normalise(scenario: Scenario): Scenario {
  const s: Partial<Scenario> = isRecord(scenario) ? scenario : {};
  const role: Partial<Scenario['role']> = isRecord(s.role) ? s.role : {};
  return {
    ...s,
    rolemap: 1,
    ...(s.sessionPolicy !== undefined ? { sessionPolicy: textOf(s.sessionPolicy) } : {}),
    ...(s.scps !== undefined ? { scps: scps(s.scps) } : {}),
    ...(s.rcps !== undefined ? { rcps: rcps(s.rcps) } : {}),
    ...(s.endpointPolicy !== undefined ? { endpointPolicy: textOf(s.endpointPolicy) } : {}),
    role: {
      ...role,
      ...(role.permissionsBoundary !== undefined
        ? { permissionsBoundary: textOf(role.permissionsBoundary) }
        : {}),
      name: typeof role.name === 'string' ? role.name : '',
      trustPolicy: textOf(role.trustPolicy),
      permissionPolicies: permissionPolicies(role.permissionPolicies),
    },
  };
}

/**
 * Builds the graph for a scenario: principal → trust policy → STS → credentials → role →
 * permission policies → services → actions → resources, with ids derived from content and
 * document ids so that React Flow keeps positions and selection across rebuilds. Pure and
 * deterministic; never throws.
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
  const texts = new Map<DocId, string>(scenarioDocs(scenario).map((d) => [d.id, d.text]));
  const cache = new Map<DocId, ParseResult>();
  const parsedOf = (doc: DocId): ParseResult | undefined => {
    const given = options.parsed?.[doc];
    if (given !== undefined) return given;
    const text = texts.get(doc);
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
  const uses = new ResourceUse();
  const ctx = {
    acc,
    catalog: options.catalog,
    expanded: options.expanded ?? new Set<string>(),
    uses,
  };
  addPermissionPolicies(ctx, scenario.role.permissionPolicies, parsedOf, new ResourceRegistry(acc));
  uses.flag(acc);
  return acc.toGraph();
}
