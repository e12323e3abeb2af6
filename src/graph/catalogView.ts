/** The slice of the IAM catalog the graph builder reads; the Catalog class satisfies it structurally. */
import type { ActionInfo, ResourceTypeInfo } from '../core';

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
  /** Whether the list of service prefixes is loaded: only then is an unknown service known to be unknown. */
  readonly hasIndex?: boolean;
  /** Whether the prefix names a real service (needs the index). */
  hasService?(prefix: string): boolean;
  /** Every service prefix, for "did you mean" on an unknown service. */
  servicePrefixes?(): readonly string[];
  /** A loaded service's resource type by key, with its ARN format. */
  resourceType?(prefix: string, key: string): ResourceTypeInfo | undefined;
  /** Every resource type of a loaded service. */
  resourceTypesOf?(prefix: string): readonly ResourceTypeInfo[];
  /**
   * Bumped whenever more data is loaded. A catalog that has one lets the builder keep what it
   * worked out about an action from one build to the next while the number stays the same.
   */
  readonly version?: number;
}
