/**
 * The one statement model: a typed, read-only view of a parsed policy that lint, the engine and
 * the graph all read. Every value carries its JSON path and, for policies parsed from text, its
 * source range (computed on first use). One bound on size for everyone: POLICY_LIMITS.
 */
import { isRecord, own } from '../util/record';
import { rangeOfPath, type RangePart } from './nodeAtPath';
import type { JsonPath, ParseResult, Range } from './types';

/** The most statements and the most values per element any reader looks at. */
export const POLICY_LIMITS = { statements: 10_000, values: 10_000 } as const;

/** Finds the source range of a path, when the policy came from text. */
type Locator = (path: JsonPath, part?: RangePart) => Range | undefined;

/** Something written in the policy, with where it stands. */
export interface Located {
  readonly path: JsonPath;
  /** The value's source range; undefined for policies given as plain data. */
  readonly range: Range | undefined;
}

/** One string found in a policy (an action, a resource, a principal, a condition value). */
export interface PathedString extends Located {
  readonly value: string;
}

class Str implements PathedString {
  readonly #locate: Locator | undefined;
  constructor(
    readonly value: string,
    readonly path: JsonPath,
    locate: Locator | undefined,
  ) {
    this.#locate = locate;
  }
  get range(): Range | undefined {
    return this.#locate?.(this.path);
  }
}

/** An element holding a string (Sid, Effect, Version); `value` is undefined when it is not a string. */
export interface ScalarElement extends Located {
  readonly value: string | undefined;
  readonly raw: unknown;
}

/** An element written as a string or an array of strings (Action, Resource, a Principal type…). */
export interface StringListElement extends Located {
  /** The strings, each with its own path (the element's path when written as a single string). */
  readonly values: readonly PathedString[];
  /** True when written as a single string rather than an array. */
  readonly single: boolean;
  /** Paths of entries that are not strings, or the element's own path when it is neither. */
  readonly invalid: readonly JsonPath[];
  /** Entries in the array (or 1), before POLICY_LIMITS.values: more than `values` + `invalid` when bounded. */
  readonly total: number;
}

/** Principal / NotPrincipal: `"*"`, or a map from principal type (AWS, Service…) to values. */
export type PrincipalElement =
  | (Located & { readonly kind: '*' })
  | (Located & { readonly kind: 'map'; readonly types: ReadonlyMap<string, StringListElement> })
  | (Located & { readonly kind: 'invalid'; readonly raw: unknown });

/** One condition key under an operator, with its values as strings (numbers/booleans stringified). */
export interface ConditionKeyElement extends StringListElement {
  readonly key: string;
}

/** One operator block of a Condition, e.g. `StringEquals`. */
export interface ConditionOperatorElement extends Located {
  readonly operator: string;
  readonly keys: readonly ConditionKeyElement[];
  /** True when the block is not an object (its keys could not be read). */
  readonly invalid: boolean;
}

/** The Condition element: the raw value plus its operator blocks in source order. */
export interface ConditionElement extends Located {
  readonly raw: unknown;
  readonly operators: readonly ConditionOperatorElement[];
  /** True when Condition is not an object. */
  readonly invalid: boolean;
}

/** A statement with each element as found. */
export interface PolicyStatement extends Located {
  /** Position in the Statement array (0 when Statement is a single object). */
  readonly index: number;
  /** The statement object as parsed. */
  readonly raw: Readonly<Record<string, unknown>>;
  readonly sid?: ScalarElement;
  readonly effect?: ScalarElement;
  readonly action?: StringListElement;
  readonly notAction?: StringListElement;
  readonly resource?: StringListElement;
  readonly notResource?: StringListElement;
  readonly principal?: PrincipalElement;
  readonly notPrincipal?: PrincipalElement;
  readonly condition?: ConditionElement;
}

/** How the Statement element is written. */
export type StatementShape = 'array' | 'object' | 'missing' | 'invalid';

/** A policy document read once for every consumer. */
export interface PolicyModel {
  /** The document when it is a JSON object. */
  readonly document: Readonly<Record<string, unknown>> | undefined;
  readonly version?: ScalarElement;
  readonly shape: StatementShape;
  /** The statement objects, in order (entries that are not objects are in `invalidStatements`). */
  readonly statements: readonly PolicyStatement[];
  /** Paths of Statement entries that are not objects. */
  readonly invalidStatements: readonly JsonPath[];
  /** Entries in the Statement array (1 for a single object), before POLICY_LIMITS.statements. */
  readonly statementTotal: number;
  /** True when POLICY_LIMITS cut the statements or some element's values short. */
  readonly truncated: boolean;
  /** The source range of any path (undefined for plain data or a missing element). */
  rangeOf(path: JsonPath, part?: RangePart): Range | undefined;
}

interface Reader {
  locate: Locator | undefined;
  truncated: boolean;
}

function at(r: Reader, path: JsonPath): Range | undefined {
  return r.locate?.(path);
}

function located<T extends object>(r: Reader, path: JsonPath, rest: T): T & Located {
  return Object.defineProperties(
    { path, ...rest },
    { range: { get: () => at(r, path), enumerable: false } },
  ) as T & Located;
}

function scalar(r: Reader, raw: unknown, path: JsonPath): ScalarElement {
  return located(r, path, { value: typeof raw === 'string' ? raw : undefined, raw });
}

function accept(v: unknown, stringify: boolean): string | undefined {
  if (typeof v === 'string') return v;
  if (stringify && typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (stringify && typeof v === 'boolean') return String(v);
  return undefined;
}

function stringList(r: Reader, raw: unknown, path: JsonPath, stringify = false): StringListElement {
  const single = accept(raw, stringify);
  if (single !== undefined) {
    return located(r, path, {
      values: [new Str(single, path, r.locate)],
      single: true,
      invalid: [],
      total: 1,
    });
  }
  if (!Array.isArray(raw))
    return located(r, path, { values: [], single: false, invalid: [path], total: 0 });
  const values: PathedString[] = [];
  const invalid: JsonPath[] = [];
  const limit = Math.min(raw.length, POLICY_LIMITS.values);
  if (raw.length > limit) r.truncated = true;
  for (let i = 0; i < limit; i++) {
    const s = accept(raw[i] as unknown, stringify);
    if (s !== undefined) values.push(new Str(s, [...path, i], r.locate));
    else invalid.push([...path, i]);
  }
  return located(r, path, { values, single: false, invalid, total: raw.length });
}

function principal(r: Reader, raw: unknown, path: JsonPath): PrincipalElement {
  const star = raw === '*';
  if (star) return located(r, path, { kind: '*' as const });
  const kind = 'invalid' as const;
  if (!isRecord(raw)) return located(r, path, { kind, raw });
  const types = new Map<string, StringListElement>();
  for (const type of Object.keys(raw)) types.set(type, stringList(r, raw[type], [...path, type]));
  return located(r, path, { kind: 'map' as const, types });
}

function condition(r: Reader, raw: unknown, path: JsonPath): ConditionElement {
  if (!isRecord(raw)) return located(r, path, { raw, operators: [], invalid: true });
  const operators = Object.keys(raw).map((operator): ConditionOperatorElement => {
    const block = raw[operator];
    const opPath = [...path, operator];
    if (!isRecord(block)) return located(r, opPath, { operator, keys: [], invalid: true });
    const keys = Object.keys(block).map((key): ConditionKeyElement => ({
      key,
      ...spreadList(stringList(r, block[key], [...opPath, key], true)),
    }));
    return located(r, opPath, { operator, keys, invalid: false });
  });
  return located(r, path, { raw, operators, invalid: false });
}

/** Copies a list element keeping its lazy range (object spread would drop the getter). */
function spreadList(list: StringListElement): StringListElement {
  return Object.defineProperties(
    {
      path: list.path,
      values: list.values,
      single: list.single,
      invalid: list.invalid,
      total: list.total,
    },
    { range: { get: () => list.range, enumerable: false } },
  ) as StringListElement;
}

type ElementReader = (r: Reader, raw: unknown, path: JsonPath) => unknown;

/** The statement elements the model reads: policy key, model field, reader. */
const ELEMENTS: ReadonlyArray<readonly [string, keyof PolicyStatement, ElementReader]> = [
  ['Sid', 'sid', scalar],
  ['Effect', 'effect', scalar],
  ['Action', 'action', (r, raw, path) => stringList(r, raw, path)],
  ['NotAction', 'notAction', (r, raw, path) => stringList(r, raw, path)],
  ['Resource', 'resource', (r, raw, path) => stringList(r, raw, path)],
  ['NotResource', 'notResource', (r, raw, path) => stringList(r, raw, path)],
  ['Principal', 'principal', principal],
  ['NotPrincipal', 'notPrincipal', principal],
  ['Condition', 'condition', condition],
];

function readStatement(
  r: Reader,
  stmt: Record<string, unknown>,
  index: number,
  path: JsonPath,
): PolicyStatement {
  const out: Record<string, unknown> = { index, raw: stmt };
  for (const [name, field, read] of ELEMENTS) {
    if (Object.hasOwn(stmt, name)) out[field] = read(r, own(stmt, name), [...path, name]);
  }
  return located(r, path, out) as unknown as PolicyStatement;
}

function isParseResult(source: unknown): source is ParseResult {
  return (
    isRecord(source) &&
    Object.hasOwn(source, 'diagnostics') &&
    Object.hasOwn(source, 'attached') &&
    Object.hasOwn(source, 'value')
  );
}

function build(value: unknown, locate: Locator | undefined): PolicyModel {
  const r: Reader = { locate, truncated: false };
  const statements: PolicyStatement[] = [];
  const invalidStatements: JsonPath[] = [];
  let shape: StatementShape = 'missing';
  let statementTotal = 0;
  let version: ScalarElement | undefined;
  const document = isRecord(value) ? value : undefined;
  try {
    if (document !== undefined && Object.hasOwn(document, 'Version'))
      version = scalar(r, document['Version'], ['Version']);
    const raw = document !== undefined ? own(document, 'Statement') : undefined;
    if (document !== undefined && Object.hasOwn(document, 'Statement')) {
      if (isRecord(raw)) {
        shape = 'object';
        statementTotal = 1;
        statements.push(readStatement(r, raw, 0, ['Statement']));
      } else if (Array.isArray(raw)) {
        shape = 'array';
        statementTotal = raw.length;
        const limit = Math.min(raw.length, POLICY_LIMITS.statements);
        if (raw.length > limit) r.truncated = true;
        for (let i = 0; i < limit; i++) {
          const s: unknown = raw[i];
          if (isRecord(s)) statements.push(readStatement(r, s, i, ['Statement', i]));
          else invalidStatements.push(['Statement', i]);
        }
      } else shape = 'invalid';
    }
  } catch {
    // Only exotic inputs (proxies, throwing getters) get here; keep what was gathered.
  }
  return {
    document,
    ...(version !== undefined ? { version } : {}),
    shape,
    statements,
    invalidStatements,
    statementTotal,
    get truncated() {
      return r.truncated;
    },
    rangeOf: (path, part) => locate?.(path, part),
  };
}

const models = new WeakMap<object, PolicyModel>();

/**
 * Reads a policy once — a parse result (with source ranges) or plain data such as a request's
 * policy object — into the statement model; never throws. The same input object always gives
 * the same model, so lint, graph and engine share one reading of a document.
 */
export function readPolicy(source: ParseResult | unknown): PolicyModel {
  const key = typeof source === 'object' && source !== null ? source : undefined;
  if (key !== undefined) {
    const hit = models.get(key);
    if (hit !== undefined) return hit;
  }
  const model = isParseResult(source)
    ? build(source.value, (path, part) => rangeOfPath(source, path, part))
    : build(source, undefined);
  if (key !== undefined) models.set(key, model);
  return model;
}
