/** The slice of the IAM catalog the graph builder reads; the Catalog class satisfies it structurally. */
import type { ActionInfo } from '../core';

/**
 * Synchronous catalog look-ups. Every method may answer "don't know" (undefined / false): the graph
 * draws before the IAM data has loaded and fills in descriptions and access levels later.
 */
export interface CatalogView {
  /** The action by its id, any casing (e.g. "ssm:GetDocument"), when its service is loaded. */
  getAction(id: string): ActionInfo | undefined;
  /** True once the service's action list is in memory. */
  isLoaded(prefix: string): boolean;
  /** Every action of a loaded service (empty or undefined when not loaded). */
  actionsOf(prefix: string): readonly ActionInfo[] | undefined;
  /** Full service name, e.g. "AWS Systems Manager", when known. */
  serviceName(prefix: string): string | undefined;
  /** Whether every service is loaded: only then can a cross-service wildcard (`*`, `*:Get*`) be counted. */
  isComplete?(): boolean;
  /** Every loaded action, across services. */
  allLoadedActions?(): readonly ActionInfo[];
}
