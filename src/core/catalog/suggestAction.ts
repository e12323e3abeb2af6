/**
 * "Did you mean …?" for an action the catalog does not have: the nearest service prefix and the
 * nearest action name by edit distance, with the same thresholds as lint's unknown-action and
 * unknown-service findings, so the picture and the Problems list suggest the same fix.
 */
import { closest, distance } from 'fastest-levenshtein';
import { splitAction } from '../pattern/splitAction';
import type { ActionInfo } from './types';

/** The catalog look-ups a suggestion needs (the Catalog class has them). */
export interface SuggestionSource {
  servicePrefixes(): readonly string[];
  actionsOf(prefix: string): readonly ActionInfo[];
}

/** The known service prefix nearest to `service`, when it is near enough to be a typo. */
export function suggestService(source: SuggestionSource, service: string): string | undefined {
  const prefixes = source.servicePrefixes();
  if (prefixes.length === 0) return undefined;
  const best = closest(service, prefixes as string[]);
  return distance(service, best) <= Math.max(1, Math.floor(service.length / 3)) ? best : undefined;
}

/** The action of `service` nearest to `name` (AWS's casing, e.g. "ssm:GetDocument"), when near enough. */
export function suggestActionName(
  source: SuggestionSource,
  service: string,
  name: string,
): string | undefined {
  const actions = source.actionsOf(service);
  if (actions.length === 0) return undefined;
  const lower = name.toLowerCase();
  const names = actions.map((a) => a.name.toLowerCase());
  const best = closest(lower, names);
  if (distance(lower, best) > Math.max(2, Math.floor(name.length / 4))) return undefined;
  return actions.find((a) => a.name.toLowerCase() === best)?.id;
}

/**
 * The action a misspelt `service:Name` most likely meant: the nearest action of its service, or,
 * for an unknown service, the nearest service with the same (or the nearest) action name.
 */
export function suggestAction(
  source: SuggestionSource,
  action: string,
  serviceKnown: boolean,
): string | undefined {
  const parts = splitAction(action);
  if (parts === undefined) return undefined;
  if (serviceKnown) return suggestActionName(source, parts.service, parts.name);
  const service = suggestService(source, parts.service);
  if (service === undefined) return undefined;
  return suggestActionName(source, service, parts.name) ?? `${service}:${parts.name}`;
}
