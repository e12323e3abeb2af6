import type { JsonPath } from './types';

/** One string found in a policy, with the path that locates it in the source. */
export interface PathedString {
  value: string;
  path: JsonPath;
}

/** An element holding a string (Sid, Effect); `value` is undefined when it is not a string. */
export interface ScalarElement {
  path: JsonPath;
  value: string | undefined;
  raw: unknown;
}

/** An element written as a string or an array of strings (Action, Resource, a Principal type…). */
export interface StringListElement {
  /** Path of the element itself, e.g. ['Statement', 0, 'Action']. */
  path: JsonPath;
  /** The strings, each with its own path (the element's path when written as a single string). */
  values: PathedString[];
  /** True when written as a single string rather than an array. */
  single: boolean;
  /** Paths of entries that are not strings, or the element's own path when it is neither. */
  invalid: JsonPath[];
}

/** Principal / NotPrincipal: `"*"`, or a map from principal type (AWS, Service…) to values. */
export type PrincipalElement =
  | { kind: '*'; path: JsonPath }
  | { kind: 'map'; path: JsonPath; types: ReadonlyMap<string, StringListElement> }
  | { kind: 'invalid'; path: JsonPath; raw: unknown };

/** One condition key under an operator, with its values as strings (numbers/booleans stringified). */
export interface ConditionKeyElement extends StringListElement {
  key: string;
}

/** One operator block of a Condition, e.g. `StringEquals`. */
export interface ConditionOperatorElement {
  operator: string;
  path: JsonPath;
  keys: ConditionKeyElement[];
  /** True when the block is not an object (its keys could not be read). */
  invalid: boolean;
}

/** The Condition element: the raw value plus its operator blocks in source order. */
export interface ConditionElement {
  path: JsonPath;
  raw: unknown;
  operators: ConditionOperatorElement[];
  /** True when Condition is not an object. */
  invalid: boolean;
}

/** A statement with each element as found, for lint, evaluation and the graph. */
export interface NormalizedStatement {
  /** Position in the Statement array (0 when Statement is a single object). */
  index: number;
  /** ['Statement', i], or ['Statement'] when Statement is a single object. */
  path: JsonPath;
  /** The statement object as parsed. */
  raw: Readonly<Record<string, unknown>>;
  sid?: ScalarElement;
  effect?: ScalarElement;
  action?: StringListElement;
  notAction?: StringListElement;
  resource?: StringListElement;
  notResource?: StringListElement;
  principal?: PrincipalElement;
  notPrincipal?: PrincipalElement;
  condition?: ConditionElement;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function scalar(raw: unknown, path: JsonPath): ScalarElement {
  return { path, value: typeof raw === 'string' ? raw : undefined, raw };
}

function stringList(raw: unknown, path: JsonPath, stringify = false): StringListElement {
  const accept = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v;
    if (stringify && (typeof v === 'number' || typeof v === 'boolean')) return String(v);
    return undefined;
  };
  const single = accept(raw);
  if (single !== undefined)
    return { path, values: [{ value: single, path }], single: true, invalid: [] };
  if (!Array.isArray(raw)) return { path, values: [], single: false, invalid: [path] };
  const values: PathedString[] = [];
  const invalid: JsonPath[] = [];
  raw.forEach((v: unknown, i) => {
    const s = accept(v);
    if (s !== undefined) values.push({ value: s, path: [...path, i] });
    else invalid.push([...path, i]);
  });
  return { path, values, single: false, invalid };
}

function principal(raw: unknown, path: JsonPath): PrincipalElement {
  if (raw === '*') return { kind: '*', path };
  if (!isRecord(raw)) return { kind: 'invalid', path, raw };
  const types = new Map<string, StringListElement>();
  for (const type of Object.keys(raw)) types.set(type, stringList(raw[type], [...path, type]));
  return { kind: 'map', path, types };
}

function condition(raw: unknown, path: JsonPath): ConditionElement {
  if (!isRecord(raw)) return { path, raw, operators: [], invalid: true };
  const operators = Object.keys(raw).map((operator): ConditionOperatorElement => {
    const block = raw[operator];
    const opPath = [...path, operator];
    if (!isRecord(block)) return { operator, path: opPath, keys: [], invalid: true };
    const keys = Object.keys(block).map((key): ConditionKeyElement => ({
      key,
      ...stringList(block[key], [...opPath, key], true),
    }));
    return { operator, path: opPath, keys, invalid: false };
  });
  return { path, raw, operators, invalid: false };
}

function normalizeOne(
  stmt: Record<string, unknown>,
  index: number,
  path: JsonPath,
): NormalizedStatement {
  const out: NormalizedStatement = { index, path, raw: stmt };
  const at = (key: string): JsonPath => [...path, key];
  const has = (key: string): boolean => Object.hasOwn(stmt, key);
  if (has('Sid')) out.sid = scalar(own(stmt, 'Sid'), at('Sid'));
  if (has('Effect')) out.effect = scalar(own(stmt, 'Effect'), at('Effect'));
  if (has('Action')) out.action = stringList(own(stmt, 'Action'), at('Action'));
  if (has('NotAction')) out.notAction = stringList(own(stmt, 'NotAction'), at('NotAction'));
  if (has('Resource')) out.resource = stringList(own(stmt, 'Resource'), at('Resource'));
  if (has('NotResource')) out.notResource = stringList(own(stmt, 'NotResource'), at('NotResource'));
  if (has('Principal')) out.principal = principal(own(stmt, 'Principal'), at('Principal'));
  if (has('NotPrincipal'))
    out.notPrincipal = principal(own(stmt, 'NotPrincipal'), at('NotPrincipal'));
  if (has('Condition')) out.condition = condition(own(stmt, 'Condition'), at('Condition'));
  return out;
}

/**
 * Turns a parsed policy document into its statements with paths, so every consumer reads
 * Statement-as-object vs array and string-vs-array elements the same way; never throws, and
 * skips statements that are not objects (the lint reports those).
 */
export function normalizeStatements(value: unknown): NormalizedStatement[] {
  const out: NormalizedStatement[] = [];
  try {
    if (!isRecord(value) || !Object.hasOwn(value, 'Statement')) return out;
    const statement = value['Statement'];
    if (isRecord(statement)) {
      out.push(normalizeOne(statement, 0, ['Statement']));
    } else if (Array.isArray(statement)) {
      statement.forEach((s: unknown, i) => {
        if (isRecord(s)) out.push(normalizeOne(s, i, ['Statement', i]));
      });
    }
  } catch {
    // Only exotic inputs (proxies, throwing getters) get here; keep what was gathered.
  }
  return out;
}
