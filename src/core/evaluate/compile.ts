/**
 * Turns a policy (object or JSON text) into a compiled form that is cached per document, so
 * evaluating many requests against a large managed policy never re-parses or re-compiles it.
 * It reads the one statement model (core/policy) and bounds nothing of its own.
 */

import { parsePolicy } from '../policy/parse';
import { POLICY_LIMITS, readPolicy, type PolicyStatement } from '../policy/statements';
import type { JsonPath, ParseResult } from '../policy/types';
import { isRecord } from '../util/record';
import { LruMap } from '../util/lru';
import { NO_PARAMS, type IncompleteCause, type Note } from './codes';
import { compileActions, type CompiledActions } from './matchAction';
import { compilePrincipal, type CompiledPrincipal } from './matchPrincipal';
import { compileResources, type CompiledResources } from './matchResource';

export interface CompiledStatement {
  index: number;
  path: JsonPath;
  sid?: string;
  effect?: 'Allow' | 'Deny';
  actions?: CompiledActions;
  resources?: CompiledResources;
  principal?: CompiledPrincipal;
  /** The raw Condition element, evaluated per request. */
  condition?: unknown;
  notes: Note[];
  /**
   * A Deny beyond POLICY_LIMITS.statements, never read: it stands for every statement past the
   * bound and fails closed (counts as applying), so a cut list never drops a Deny silently.
   */
  unread?: true;
  /** Why it was not read (default `statements-cut`). */
  cause?: IncompleteCause;
}

export interface CompiledPolicy {
  valid: boolean;
  version?: string;
  /** Version 2012-10-17: `${…}` are policy variables; otherwise they are literal text. */
  variables: boolean;
  statements: CompiledStatement[];
  notes: Note[];
}

const objectCache = new WeakMap<object, CompiledPolicy>();
const textCache = new LruMap<string, CompiledPolicy>(64);

/**
 * Compiles a policy once and reuses it; documents are treated as immutable, so a caller that
 * edits a policy object in place must pass a new object to see the change.
 */
export function compilePolicy(policy: unknown): CompiledPolicy {
  if (typeof policy === 'string') {
    const hit = textCache.get(policy);
    if (hit) return hit;
    const compiled = compileFresh(policy);
    textCache.set(policy, compiled);
    return compiled;
  }
  if (policy !== null && typeof policy === 'object') {
    const hit = objectCache.get(policy);
    if (hit) return hit;
    const compiled = compileFresh(policy);
    objectCache.set(policy, compiled);
    return compiled;
  }
  return compileFresh(policy);
}

/** Why a policy given as text or data cannot be read as a policy, or undefined when it can. */
export function policyProblem(policy: unknown): Note | undefined {
  return typeof policy === 'string' ? parsedProblem(parsePolicy(policy)) : shapeProblem(policy);
}

/** Why parsed text cannot be read as a policy: its first syntax error, or its shape. */
function parsedProblem(parsed: ParseResult): Note | undefined {
  if (!parsed.ok) {
    const first = parsed.diagnostics.find((d) => d.code !== 'duplicate-key');
    return {
      code: 'policy-syntax',
      params: {
        problem: first?.code ?? 'json-syntax',
        ...(first?.syntaxError !== undefined ? { syntaxError: first.syntaxError } : {}),
        line: first?.range.start.line ?? 1,
        column: first?.range.start.column ?? 1,
      },
    };
  }
  return shapeProblem(parsed.value);
}

function shapeProblem(value: unknown): Note | undefined {
  return value === null || typeof value !== 'object' || Array.isArray(value)
    ? { code: 'policy-not-object', params: NO_PARAMS }
    : undefined;
}

function compileFresh(policy: unknown): CompiledPolicy {
  // Text is parsed once, for both the problem check and the statement model.
  const parsed = typeof policy === 'string' ? parsePolicy(policy) : undefined;
  const problem = parsed ? parsedProblem(parsed) : shapeProblem(policy);
  if (problem) return { valid: false, variables: false, statements: [], notes: [problem] };
  const model = readPolicy(parsed ?? policy);
  const notes: Note[] = [];
  const version = model.version?.value;
  const variables = version === '2012-10-17';
  if (version === undefined) notes.push({ code: 'policy-no-version', params: NO_PARAMS });
  else if (!variables) notes.push({ code: 'policy-old-version', params: { version } });
  if (model.shape !== 'array' && model.shape !== 'object') {
    notes.push({ code: 'policy-no-statement', params: NO_PARAMS });
    return {
      valid: false,
      ...(version !== undefined ? { version } : {}),
      variables,
      statements: [],
      notes,
    };
  }
  if (model.statementTotal > POLICY_LIMITS.statements) {
    notes.push({
      code: 'statements-truncated',
      params: { limit: POLICY_LIMITS.statements, total: model.statementTotal },
    });
  }
  const statements: CompiledStatement[] = model.statements.map((st) =>
    compileStatement(st, variables),
  );
  for (const path of model.invalidStatements) {
    statements.push({
      index: typeof path[1] === 'number' ? path[1] : 0,
      path,
      notes: [{ code: 'statement-not-object', params: NO_PARAMS }],
    });
  }
  const unread = firstUnreadDeny(model.document, model.statementTotal);
  if (unread) statements.push(unread);
  statements.sort((a, b) => a.index - b.index);
  return {
    valid: true,
    ...(version !== undefined ? { version } : {}),
    variables,
    statements,
    notes,
  };
}

/** The first Deny statement past POLICY_LIMITS.statements (only its Effect and Sid are looked at). */
function firstUnreadDeny(
  document: Readonly<Record<string, unknown>> | undefined,
  total: number,
): CompiledStatement | undefined {
  if (total <= POLICY_LIMITS.statements || document === undefined) return undefined;
  const raw = Object.hasOwn(document, 'Statement') ? document['Statement'] : undefined;
  if (!Array.isArray(raw)) return undefined;
  for (let i = POLICY_LIMITS.statements; i < raw.length; i++) {
    const st: unknown = raw[i];
    if (!isRecord(st) || !Object.hasOwn(st, 'Effect') || st['Effect'] !== 'Deny') continue;
    const sid = Object.hasOwn(st, 'Sid') ? st['Sid'] : undefined;
    return {
      index: i,
      path: ['Statement', i],
      ...(typeof sid === 'string' ? { sid } : {}),
      effect: 'Deny',
      notes: [],
      unread: true,
    };
  }
  return undefined;
}

function compileStatement(st: PolicyStatement, variables: boolean): CompiledStatement {
  const notes: Note[] = [];
  const out: CompiledStatement = { index: st.index, path: st.path, notes };
  if (st.sid?.value !== undefined) out.sid = st.sid.value;
  const effect = st.effect?.value;
  if (effect === 'Allow' || effect === 'Deny') out.effect = effect;
  else notes.push({ code: 'effect-invalid', params: NO_PARAMS });

  if (st.action) out.actions = compileActions('Action', st.action, notes);
  else if (st.notAction) out.actions = compileActions('NotAction', st.notAction, notes);
  else notes.push({ code: 'no-action-element', params: NO_PARAMS });

  if (st.resource) out.resources = compileResources('Resource', st.resource, variables, notes);
  else if (st.notResource)
    out.resources = compileResources('NotResource', st.notResource, variables, notes);

  if (st.principal) out.principal = compilePrincipal('Principal', st.principal, notes);
  else if (st.notPrincipal)
    out.principal = compilePrincipal('NotPrincipal', st.notPrincipal, notes);
  if (st.condition) out.condition = st.condition.raw;
  return out;
}
