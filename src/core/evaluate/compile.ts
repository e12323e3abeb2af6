/**
 * Turns a policy (object or JSON text) into a compiled form that is cached per document, so
 * evaluating many requests against a large managed policy never re-parses or re-compiles it.
 */

import type { JsonPath } from '../policy/types';
import { compileActions, type CompiledActions } from './matchAction';
import { compilePrincipal, type CompiledPrincipal } from './matchPrincipal';
import { compileResources, type CompiledResources } from './matchResource';
import { readPolicyDocument } from './readPolicyDocument';

export const MAX_STATEMENTS = 10_000;

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
  notes: string[];
}

export interface CompiledPolicy {
  valid: boolean;
  version?: string;
  /** Version 2012-10-17: `${…}` are policy variables; otherwise they are literal text. */
  variables: boolean;
  statements: CompiledStatement[];
  notes: string[];
}

const objectCache = new WeakMap<object, CompiledPolicy>();
const textCache = new Map<string, CompiledPolicy>();
const TEXT_CACHE_LIMIT = 64;

/**
 * Compiles a policy once and reuses it; documents are treated as immutable, so a caller that
 * edits a policy object in place must pass a new object to see the change.
 */
export function compilePolicy(policy: unknown): CompiledPolicy {
  if (typeof policy === 'string') {
    const hit = textCache.get(policy);
    if (hit) return hit;
    const compiled = compileFresh(policy);
    if (textCache.size >= TEXT_CACHE_LIMIT) {
      const oldest = textCache.keys().next();
      if (oldest.done !== true) textCache.delete(oldest.value);
    }
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

function compileFresh(policy: unknown): CompiledPolicy {
  const read = readPolicyDocument(policy);
  if (!read.ok) return { valid: false, variables: false, statements: [], notes: [read.message] };
  const doc = read.document;
  const notes: string[] = [];
  const versionRaw = doc.Version;
  const version = typeof versionRaw === 'string' ? versionRaw : undefined;
  const variables = version === '2012-10-17';
  if (version === undefined) {
    notes.push('No Version element: policy variables such as ${aws:username} are literal text.');
  } else if (!variables) {
    notes.push(`Version ${version}: policy variables such as \${aws:username} are literal text.`);
  }
  const raw = doc.Statement;
  let list: unknown[];
  let isArray = true;
  if (Array.isArray(raw)) list = raw;
  else if (raw !== null && typeof raw === 'object') {
    list = [raw];
    isArray = false;
  } else {
    notes.push('The policy has no Statement element (an object or an array of objects).');
    return { valid: false, version, variables, statements: [], notes };
  }
  if (list.length > MAX_STATEMENTS) {
    notes.push(`Only the first ${MAX_STATEMENTS} of ${list.length} statements were evaluated.`);
    list = list.slice(0, MAX_STATEMENTS);
  }
  const statements = list.map((item, index) =>
    compileStatement(item, index, isArray ? ['Statement', index] : ['Statement'], variables),
  );
  return { valid: true, version, variables, statements, notes };
}

function compileStatement(
  item: unknown,
  index: number,
  path: JsonPath,
  variables: boolean,
): CompiledStatement {
  const notes: string[] = [];
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return { index, path, notes: ['The statement is not an object; it was ignored.'] };
  }
  const st = item as Record<string, unknown>;
  const out: CompiledStatement = { index, path, notes };
  if (typeof st.Sid === 'string') out.sid = st.Sid;
  if (st.Effect === 'Allow' || st.Effect === 'Deny') out.effect = st.Effect;
  else notes.push('Effect must be "Allow" or "Deny" (case-sensitive); the statement was ignored.');

  const actionKey = 'Action' in st ? 'Action' : 'NotAction' in st ? 'NotAction' : undefined;
  if (actionKey !== undefined) out.actions = compileActions(actionKey, st[actionKey], path, notes);
  else notes.push('The statement has neither Action nor NotAction; it matches no request.');

  const resourceKey =
    'Resource' in st ? 'Resource' : 'NotResource' in st ? 'NotResource' : undefined;
  if (resourceKey !== undefined) {
    out.resources = compileResources(resourceKey, st[resourceKey], path, variables, notes);
  }

  const principalKey =
    'Principal' in st ? 'Principal' : 'NotPrincipal' in st ? 'NotPrincipal' : undefined;
  if (principalKey !== undefined) {
    out.principal = compilePrincipal(principalKey, st[principalKey], path, notes);
  }
  if ('Condition' in st) out.condition = st.Condition;
  return out;
}
