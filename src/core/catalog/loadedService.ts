import { normalizeAccessLevel } from './accessLevel';
import { isRecord } from '../util/record';
import { ConditionKeyIndex } from './ConditionKeyIndex';
import type { ActionInfo, ActionResourceType, ConditionKeyInfo, ResourceTypeInfo } from './types';

/** One service's data, indexed for lookups. */
export interface LoadedService {
  prefix: string;
  /** Sorted by name, case-insensitively. */
  actions: readonly ActionInfo[];
  /** Lower-cased action name → action. */
  actionsByName: ReadonlyMap<string, ActionInfo>;
  /** Lower-cased resource type key → resource type. */
  resourceTypes: ReadonlyMap<string, ResourceTypeInfo>;
  conditionKeys: ConditionKeyIndex;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function values(record: unknown): unknown[] {
  return isRecord(record) ? Object.values(record) : [];
}

function toResourceRef(raw: unknown): ActionResourceType | undefined {
  if (!isRecord(raw) || typeof raw.name !== 'string') return undefined;
  return {
    name: raw.name,
    required: raw.required === true,
    conditionKeys: strings(raw.conditionKeys),
    dependentActions: strings(raw.dependentActions),
  };
}

function toAction(prefix: string, raw: unknown): ActionInfo | undefined {
  if (!isRecord(raw) || typeof raw.name !== 'string' || raw.name === '') return undefined;
  const resourceTypes = Array.isArray(raw.resourceTypes)
    ? raw.resourceTypes.map(toResourceRef).filter((r): r is ActionResourceType => r !== undefined)
    : [];
  return {
    service: prefix,
    name: raw.name,
    id: `${prefix}:${raw.name}`,
    description: text(raw.description),
    accessLevel: normalizeAccessLevel(raw.accessLevel),
    resourceTypes,
    conditionKeys: strings(raw.conditionKeys),
    dependentActions: strings(raw.dependentActions),
  };
}

function toResourceType(raw: unknown): ResourceTypeInfo | undefined {
  if (!isRecord(raw) || typeof raw.key !== 'string') return undefined;
  return { key: raw.key, arn: text(raw.arn), conditionKeys: strings(raw.conditionKeys) };
}

/** Turns a condition key entry (service files and the global list share this shape) into ours. */
export function toConditionKey(raw: unknown): ConditionKeyInfo | undefined {
  if (!isRecord(raw) || typeof raw.key !== 'string' || raw.key === '') return undefined;
  return { key: raw.key, description: text(raw.description), type: text(raw.type) };
}

/**
 * Validates and indexes one service's raw data; whatever a source hands back, malformed entries
 * are skipped rather than trusted, so lookups never meet a surprise shape.
 */
export function buildLoadedService(prefix: string, data: unknown): LoadedService {
  const record = isRecord(data) ? data : {};
  const actions = values(record.actions)
    .map((raw) => toAction(prefix, raw))
    .filter((a): a is ActionInfo => a !== undefined);
  actions.sort((a, b) => {
    const x = a.name.toLowerCase();
    const y = b.name.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const actionsByName = new Map<string, ActionInfo>();
  for (const action of actions) {
    const lower = action.name.toLowerCase();
    if (!actionsByName.has(lower)) actionsByName.set(lower, action);
  }
  const resourceTypes = new Map<string, ResourceTypeInfo>();
  for (const raw of values(record.resourceTypes)) {
    const info = toResourceType(raw);
    if (info && !resourceTypes.has(info.key.toLowerCase())) {
      resourceTypes.set(info.key.toLowerCase(), info);
    }
  }
  const keys = values(record.conditionKeys)
    .map(toConditionKey)
    .filter((k): k is ConditionKeyInfo => k !== undefined);
  return {
    prefix,
    actions,
    actionsByName,
    resourceTypes,
    conditionKeys: new ConditionKeyIndex(keys),
  };
}
