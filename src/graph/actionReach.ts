/**
 * What an action card really stands for, by the catalog: whether the action exists (a typo grants
 * nothing), which resource types it acts on, and from that which resource nodes it can be linked
 * to and which concrete ARN stands for each when the effective view asks the engine.
 */
import {
  actionTargets,
  formatSettled,
  patternWitness,
  resourceFit,
  resourceMatches,
  splitAction,
  suggestAction,
} from '../core';
import type { ActionInfo, ActionTargets, ArnHints, ResourceTypeSource } from '../core';
import type { CatalogView } from './catalogView';
import type { ResourceNode } from './types';
import { wildcardMatches } from './wildcardMatches';

/** What the catalog says about one Action entry. */
export interface ActionFacts {
  /** False: the catalog does not have it (or the wildcard matches nothing); undefined: cannot tell yet. */
  known?: boolean;
  /** For an unknown action: what it most likely meant. */
  suggestion?: string;
  /** The catalog actions it stands for, when known. */
  infos?: readonly ActionInfo[];
  /** The service is one the catalog knows (said on an unknown action). */
  serviceKnown?: boolean;
}

/** An Action entry as the graph holds it: its text and how it reads. */
export interface ActionEntry {
  action: string;
  kind: 'action' | 'wildcard' | 'not-action';
}

function serviceIndexKnows(catalog: CatalogView, service: string): boolean | undefined {
  if (catalog.hasIndex !== true || catalog.hasService === undefined) return undefined;
  return catalog.hasService(service);
}

/**
 * Looks an Action entry up: a concrete action is known once its service is loaded (or the service
 * is known not to exist); a wildcard once its service is, by what it matches. NotAction is left
 * alone (it stands for nearly everything).
 */
export function actionFacts(entry: ActionEntry, catalog: CatalogView | undefined): ActionFacts {
  if (catalog === undefined || entry.kind === 'not-action') return {};
  const parts = splitAction(entry.action);
  if (entry.kind === 'wildcard') {
    const matches = wildcardMatches(catalog, parts?.service ?? '*', entry.action);
    if (matches === undefined) return {};
    return matches.length > 0 ? { known: true, infos: matches } : { known: false };
  }
  const info = catalog.getAction(entry.action);
  if (info !== undefined) return { known: true, infos: [info] };
  const source = {
    servicePrefixes: () => catalog.servicePrefixes?.() ?? [],
    actionsOf: (prefix: string) => catalog.actionsOf(prefix) ?? [],
  };
  if (parts === undefined) {
    // Not `service:Name` at all: the engine matches it to nothing.
    return catalog.hasIndex === true ? { known: false } : {};
  }
  if (catalog.isLoaded(parts.service)) {
    const suggestion = suggestAction(source, entry.action, true);
    return { known: false, serviceKnown: true, ...(suggestion ? { suggestion } : {}) };
  }
  if (serviceIndexKnows(catalog, parts.service) === false) {
    const suggestion = suggestAction(source, entry.action, false);
    return { known: false, serviceKnown: false, ...(suggestion ? { suggestion } : {}) };
  }
  return {};
}

/**
 * Whether loading more of the catalog can no longer change what an entry (with these facts)
 * reaches. A service's data never changes once loaded, so it is settled once the services it reads
 * are in: its own, and each service a resource type's ARN format names (ssm:SendCommand acts on
 * an EC2 instance, whose name parts come with ec2). An entry is settled as granting nothing once
 * the service is known not to exist; a cross-service wildcard only once every service is in.
 */
export function reachSettled(
  entry: ActionEntry,
  facts: ActionFacts,
  catalog: CatalogView | undefined,
): boolean {
  if (catalog === undefined || entry.kind === 'not-action' || facts.known === undefined)
    return false;
  const service = splitAction(entry.action)?.service;
  if (service === undefined) return catalog.hasIndex === true;
  if (/[*?]/.test(service)) return catalog.isComplete?.() === true;
  if (!catalog.isLoaded(service))
    return facts.known === false && serviceIndexKnows(catalog, service) === false;
  return (facts.infos ?? []).every(
    (info) =>
      catalog.isLoaded(info.service) &&
      info.resourceTypes.every((ref) => {
        const format = catalog.resourceType?.(info.service, ref.name)?.arn;
        return format === undefined || formatSettled(catalog, info.service, format);
      }),
  );
}

/** More catalog actions than this behind one card: its reach is not worked out (it links as written). */
const MAX_REACH_ACTIONS = 400;

/** What an Action entry acts on. */
export type Reach =
  /** The catalog cannot tell (not loaded, or too broad): it is linked to every resource it names. */
  | { kind: 'open' }
  /** It grants nothing: unknown, or a wildcard matching nothing. */
  | { kind: 'nothing' }
  | { kind: 'targets'; targets: ActionTargets };

function resourceSource(catalog: CatalogView): ResourceTypeSource | undefined {
  const { resourceType, resourceTypesOf } = catalog;
  if (resourceType === undefined || resourceTypesOf === undefined) return undefined;
  return {
    isLoaded: (prefix) => catalog.isLoaded(prefix),
    resourceType: (prefix, key) => resourceType.call(catalog, prefix, key),
    resourceTypesOf: (prefix) => resourceTypesOf.call(catalog, prefix),
  };
}

/** What the entry acts on, by its facts; `hints` give a witness ARN its account. */
export function reachOf(
  facts: ActionFacts,
  catalog: CatalogView | undefined,
  hints: ArnHints = {},
): Reach {
  if (facts.known === false) return { kind: 'nothing' };
  const infos = facts.infos;
  if (catalog === undefined || infos === undefined || infos.length > MAX_REACH_ACTIONS)
    return { kind: 'open' };
  const source = resourceSource(catalog);
  if (source === undefined) return { kind: 'open' };
  return { kind: 'targets', targets: actionTargets(source, infos, hints) };
}

/** Group members asked about before a group's answer is "cannot tell". */
const MAX_GROUP_CHECKS = 200;

/**
 * Whether an entry with this reach can act on a resource node: `*` and NotResource always, a
 * single ARN pattern when one of its resource types' formats fits, a group when any member
 * does. 'undecided' when the catalog cannot tell (the link is then drawn, as written).
 */
export function reaches(reach: Reach, node: ResourceNode): boolean | 'undecided' {
  if (reach.kind === 'nothing') return false;
  if (node.notResource === true || (node.group === undefined && node.arn === '*')) return true;
  if (reach.kind === 'open') return 'undecided';
  const patterns = node.group ?? [node.arn];
  let undecided = patterns.length > MAX_GROUP_CHECKS;
  for (const pattern of patterns.slice(0, MAX_GROUP_CHECKS)) {
    const fit = resourceFit(reach.targets, pattern).fits;
    if (fit === true) return true;
    if (fit === 'undecided') undecided = true;
  }
  return undecided ? 'undecided' : false;
}

/**
 * The concrete ARN the effective view asks the engine about for one resource node: one its
 * pattern names, of a type the action acts on (its first fitting member for a group; for
 * NotResource one of the action's formats the exclusions leave out). Undefined when there is none.
 */
export function witnessOf(reach: Reach, node: ResourceNode): string | undefined {
  if (reach.kind === 'nothing') return undefined;
  if (node.notResource === true) {
    const arn = reach.kind === 'targets' ? fitArn(reach.targets, '*') : '*';
    const excluded = node.except ?? [];
    return arn !== undefined && !excluded.some((p) => resourceMatches(p, arn)) ? arn : undefined;
  }
  const patterns = node.group ?? [node.arn];
  for (const pattern of patterns.slice(0, MAX_GROUP_CHECKS)) {
    const arn = reach.kind === 'targets' ? fitArn(reach.targets, pattern) : patternWitness(pattern);
    if (arn !== undefined) return arn;
  }
  return undefined;
}

/** Resource types of one action asked about on `*`, at most. */
const MAX_TYPES_ON_STAR = 6;

/**
 * The ARNs the effective view asks about for one resource node. `*` covers every resource type
 * the action acts on (an instance and a volume for ec2:AttachVolume), so it is asked once per
 * type; any other node once, with witnessOf.
 */
export function witnessesOf(reach: Reach, node: ResourceNode): string[] {
  if (reach.kind === 'targets' && node.group === undefined && node.arn === '*') {
    const arns = reach.targets.types
      .slice(0, MAX_TYPES_ON_STAR)
      .map((t) => fitArn({ star: false, types: [t] }, '*'))
      .filter((a): a is string => a !== undefined);
    if (reach.targets.star) arns.push('*');
    if (arns.length > 0) return arns;
  }
  const one = witnessOf(reach, node);
  return one !== undefined ? [one] : [];
}

function fitArn(targets: ActionTargets, pattern: string): string | undefined {
  const fit = resourceFit(targets, pattern);
  return fit.fits === true ? fit.arn : undefined;
}

/** The ARN a card with no resource link is asked about: one of its own formats, unrestricted. */
export function freeWitness(reach: Reach): string | undefined {
  if (reach.kind === 'nothing') return undefined;
  return reach.kind === 'targets' ? fitArn(reach.targets, '*') : '*';
}
