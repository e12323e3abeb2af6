import { ConditionKeyIndex } from './ConditionKeyIndex';
import { createLimiter, type Limiter } from './limiter';
import { buildLoadedService, toConditionKey, type LoadedService } from './loadedService';
import { compileActionPattern, globMatch, splitAction } from '../pattern';
import type { ActionInfo, CatalogSource, ConditionKeyInfo, ResourceTypeInfo } from './types';
import { LruMap } from '../util/lru';

export interface CatalogOptions {
  /** How many services may be read at once (default 8). */
  concurrency?: number;
}

const EMPTY: readonly ActionInfo[] = Object.freeze([]);

/**
 * The IAM catalog: service names, actions, resource types and condition keys, loaded service by
 * service on demand. Loading is async; every lookup is sync over what is loaded and never throws.
 */
export class Catalog {
  private readonly source: CatalogSource;
  private readonly limit: Limiter;
  private index: ReadonlyMap<string, string> | undefined;
  private prefixes: readonly string[] = [];
  private indexPromise: Promise<void> | undefined;
  private globals = new ConditionKeyIndex([]);
  private readonly services = new Map<string, LoadedService>();
  private readonly inflight = new Map<string, Promise<void>>();
  /** Services the source could not provide; not asked again. */
  private readonly unavailable = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private allActionsCache: { version: number; actions: readonly ActionInfo[] } | undefined;
  private versionCounter = 0;
  /** Action string → the services it can name (servicesFor), for the prefixes of the read index. */
  private servicesByAction = new LruMap<string, readonly string[] | 'all'>(20_000);

  constructor(source: CatalogSource, options: CatalogOptions = {}) {
    this.source = source;
    this.limit = createLimiter(options.concurrency ?? 8);
  }

  /** Grows by one each time more data arrives, so views know to recompute. */
  get version(): number {
    return this.versionCounter;
  }

  /** Date the data was published (ISO 8601). */
  get asOf(): string {
    return this.source.asOf;
  }

  /** Whether the list of service names (and the global condition keys) is loaded. */
  get hasIndex(): boolean {
    return this.index !== undefined;
  }

  /** Calls the listener after each load that bumped `version`; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the service names and global condition keys once; concurrent callers share the work. */
  loadIndex(): Promise<void> {
    if (!this.indexPromise) {
      this.indexPromise = this.readIndex().catch(() => {
        // Leave the door open for a later retry; callers see hasIndex === false meanwhile.
        this.indexPromise = undefined;
      });
    }
    return this.indexPromise;
  }

  private async readIndex(): Promise<void> {
    const [names, globals] = await Promise.all([
      this.source.loadServiceNames(),
      this.source.loadGlobalConditionKeys ? this.source.loadGlobalConditionKeys() : [],
    ]);
    const index = new Map<string, string>();
    if (typeof names === 'object' && names !== null) {
      for (const [prefix, name] of Object.entries(names)) {
        if (typeof name === 'string') index.set(prefix.toLowerCase(), name);
      }
    }
    const keys = Array.isArray(globals) ? globals.map(toConditionKey) : [];
    this.globals = new ConditionKeyIndex(
      keys.filter((k): k is ConditionKeyInfo => k !== undefined),
      true,
    );
    this.index = index;
    this.prefixes = [...index.keys()].sort();
    // What a pattern with a service wildcard can name depends on these prefixes.
    this.servicesByAction = new LruMap(20_000);
    this.bump();
  }

  /** Loads the named services (unknown prefixes are ignored), each at most once. */
  async load(prefixes: readonly string[]): Promise<void> {
    await this.loadIndex();
    if (!Array.isArray(prefixes)) return;
    const wanted = new Set<string>();
    for (const prefix of prefixes) {
      if (typeof prefix !== 'string') continue;
      const lower = prefix.toLowerCase();
      if (this.index?.has(lower)) wanted.add(lower);
    }
    await Promise.all([...wanted].map((prefix) => this.loadOne(prefix)));
  }

  /** Loads every service, a few at a time. */
  async loadAll(): Promise<void> {
    await this.loadIndex();
    await this.load(this.prefixes);
  }

  /**
   * Loads what a list of action strings needs: the named services, and for patterns whose
   * service part has a wildcard every service it can match (all of them for `*`).
   */
  async ensureForActions(actionStrings: readonly string[]): Promise<void> {
    await this.loadIndex();
    if (!Array.isArray(actionStrings)) return;
    const wanted = new Set<string>();
    for (const action of actionStrings) {
      const services = this.servicesFor(action);
      if (services === 'all') return this.loadAll();
      for (const prefix of services) wanted.add(prefix);
    }
    await this.load([...wanted]);
  }

  /**
   * The services an action string can name, remembered per string: the index of prefixes does not
   * change once read, and the page asks again after every graph build (4,500 actions for
   * AWSSupportServiceRolePolicy), so the patterns are compiled once, not on every keystroke.
   */
  private servicesFor(action: unknown): readonly string[] | 'all' {
    if (typeof action !== 'string') return [];
    const known = this.servicesByAction.get(action);
    if (known !== undefined) return known;
    const pattern = compileActionPattern(action);
    let services: readonly string[] | 'all';
    if (pattern.kind === 'any') services = 'all';
    else if (pattern.kind === 'none') services = [];
    else if (pattern.service !== undefined) services = [pattern.service];
    else {
      const serviceGlob = pattern.serviceGlob;
      services =
        serviceGlob === undefined ? [] : this.prefixes.filter((p) => globMatch(serviceGlob, p));
    }
    this.servicesByAction.set(action, services);
    return services;
  }

  private loadOne(prefix: string): Promise<void> {
    if (this.services.has(prefix) || this.unavailable.has(prefix)) return Promise.resolve();
    const running = this.inflight.get(prefix);
    if (running) return running;
    const promise = this.limit(() => this.source.loadService(prefix))
      .then((data) => {
        if (data === undefined || data === null) {
          this.unavailable.add(prefix);
          return;
        }
        this.services.set(prefix, buildLoadedService(prefix, data));
        this.bump();
      })
      .catch(() => {
        this.unavailable.add(prefix);
      })
      .finally(() => {
        this.inflight.delete(prefix);
      });
    this.inflight.set(prefix, promise);
    return promise;
  }

  private bump(): void {
    this.versionCounter += 1;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // A listener's failure is its own business; loading goes on.
      }
    }
  }

  /** Every service prefix in the index, sorted (empty before loadIndex). */
  servicePrefixes(): readonly string[] {
    return this.prefixes;
  }

  /** The prefixes of the loaded services, sorted. */
  loadedServices(): string[] {
    return [...this.services.keys()].sort();
  }

  /** Whether the service's actions are loaded. */
  isLoaded(prefix: string): boolean {
    return typeof prefix === 'string' && this.services.has(prefix.toLowerCase());
  }

  /** Whether the prefix names a real service (needs the index). */
  hasService(prefix: string): boolean {
    return typeof prefix === 'string' && (this.index?.has(prefix.toLowerCase()) ?? false);
  }

  /** The service's full name, e.g. "AWS Systems Manager" for "ssm". */
  serviceName(prefix: string): string | undefined {
    return typeof prefix === 'string' ? this.index?.get(prefix.toLowerCase()) : undefined;
  }

  /** Looks up `service:Action` case-insensitively; the result carries AWS's casing. */
  getAction(action: string): ActionInfo | undefined {
    const parts = splitAction(action);
    if (!parts) return undefined;
    return this.services.get(parts.service)?.actionsByName.get(parts.name.toLowerCase());
  }

  /** The loaded actions of one service, sorted by name (empty when not loaded). */
  actionsOf(prefix: string): readonly ActionInfo[] {
    if (typeof prefix !== 'string') return EMPTY;
    return this.services.get(prefix.toLowerCase())?.actions ?? EMPTY;
  }

  /** A service's resource type (e.g. ssm "document") with its ARN template. */
  resourceType(prefix: string, key: string): ResourceTypeInfo | undefined {
    if (typeof prefix !== 'string' || typeof key !== 'string') return undefined;
    return this.services.get(prefix.toLowerCase())?.resourceTypes.get(key.toLowerCase());
  }

  /** The resource types of one loaded service. */
  resourceTypesOf(prefix: string): ResourceTypeInfo[] {
    if (typeof prefix !== 'string') return [];
    return [...(this.services.get(prefix.toLowerCase())?.resourceTypes.values() ?? [])];
  }

  /**
   * Finds a condition key, case-insensitively, templated keys included (`aws:ResourceTag/env`
   * answers with `aws:ResourceTag/${TagKey}`). Looks in `contextService` first when given (its
   * own wording of shared keys), then the key's own service, then the global keys.
   */
  conditionKey(name: string, contextService?: string): ConditionKeyInfo | undefined {
    return this.findConditionKey(name, contextService, (index) => index.find(name));
  }

  /**
   * The templated key that `name` spells without its tag or attribute part (`aws:ResourceTag`,
   * `s3:ExistingObjectTag/`), looked up like conditionKey; undefined otherwise.
   */
  conditionKeyWithoutVariable(name: string, contextService?: string): ConditionKeyInfo | undefined {
    return this.findConditionKey(name, contextService, (index) => index.findWithoutVariable(name));
  }

  /** The context service's index first (when it differs), then the key's own, then the globals. */
  private findConditionKey(
    name: string,
    contextService: string | undefined,
    find: (index: ConditionKeyIndex) => ConditionKeyInfo | undefined,
  ): ConditionKeyInfo | undefined {
    if (typeof name !== 'string') return undefined;
    const colon = name.indexOf(':');
    if (colon <= 0) return undefined;
    const own = name.slice(0, colon).toLowerCase();
    const context = typeof contextService === 'string' ? contextService.toLowerCase() : undefined;
    const inService = (prefix: string) => {
      const index = this.services.get(prefix)?.conditionKeys;
      return index ? find(index) : undefined;
    };
    if (context !== undefined && context !== own) {
      const hit = inService(context);
      if (hit) return hit;
    }
    return inService(own) ?? find(this.globals);
  }

  /** The condition keys of one loaded service. */
  conditionKeysOf(prefix: string): ConditionKeyInfo[] {
    if (typeof prefix !== 'string') return [];
    return this.services.get(prefix.toLowerCase())?.conditionKeys.all() ?? [];
  }

  /** The global condition keys (loaded with the index). */
  globalConditionKeys(): ConditionKeyInfo[] {
    return this.globals.all();
  }

  /** Every loaded action, by service prefix then name; cached until more data arrives. */
  allLoadedActions(): readonly ActionInfo[] {
    if (this.allActionsCache?.version !== this.versionCounter) {
      const actions = this.loadedServices().flatMap(
        (prefix) => this.services.get(prefix)?.actions ?? [],
      );
      this.allActionsCache = { version: this.versionCounter, actions };
    }
    return this.allActionsCache.actions;
  }

  /** Whether every service in the index is loaded (false before the index). */
  isComplete(): boolean {
    return this.index !== undefined && this.prefixes.every((p) => this.services.has(p));
  }
}
