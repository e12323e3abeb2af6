/**
 * The simulator's question, built from a scenario and the form a user filled in: the request
 * to evaluate, the condition keys to ask for, and the way from the answer's deciding statements
 * back to documents and source ranges. UI hooks only memoise this.
 */
import type {
  ContextValue,
  EvaluationResult,
  PrincipalInput,
  SimulationRequest,
} from '../evaluate/types';
import { parsePolicy } from '../policy/parse';
import { rangeOfPath } from '../policy/nodeAtPath';
import type { ParseResult } from '../policy/types';
import { contextKeysOf, type ContextKeyUse } from './contextKeys';
import { docById, scenarioDocs } from './docs';
import {
  assumeRequest,
  layerPolicies,
  operationFor,
  principalForEntry,
  readTypedPrincipal,
  sessionRequest,
} from './simulation';
import type { DocId, Scenario } from './types';

/** Who asks: the role's own session, a principal the trust policy names, or one the user typed. */
export type SimulationWho =
  | { kind: 'session' }
  | { kind: 'entry'; key: string; value: string }
  | { kind: 'typed'; text: string };

/** What the simulator form holds. */
export interface SimulationForm {
  who: SimulationWho;
  action: string;
  resource: string;
  /** The STS operation when assuming the role ('' = the principal's natural one). */
  operation: string;
  /** The caller's own identity policy allows the operation on the role. */
  callerAllows: boolean;
  /** Values typed for condition keys; empty ones are left out, multivalued keys split at commas. */
  context: Readonly<Record<string, string>>;
  /** Documents switched off. */
  disabled: ReadonlySet<DocId>;
}

/** Where a deciding statement stands in the editor. */
export interface DocRange {
  doc: DocId;
  start: number;
  end: number;
}

export interface Simulation {
  mode: 'session' | 'assume';
  principal?: PrincipalInput;
  /** Undefined until the form is complete enough to ask (an action, a principal). */
  request?: SimulationRequest;
  contextKeys: ContextKeyUse[];
  /** The document a deciding statement of the answer stands in. */
  documentOf(ref: EvaluationResult['explain']['decidingStatements'][number]): DocId | undefined;
  /** The source ranges of the answer's deciding statements, for highlighting. */
  highlights(result: EvaluationResult): DocRange[];
}

function contextOf(
  values: Readonly<Record<string, string>>,
  keys: readonly ContextKeyUse[],
): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const k of keys) {
    const raw = values[k.key]?.trim();
    if (!raw) continue;
    out[k.key] = k.multi
      ? raw
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : raw;
  }
  return out;
}

/** Builds the simulation for a form; `parse` lets callers reuse parses they already have. */
export function buildSimulation(
  scenario: Scenario,
  form: SimulationForm,
  parse: (text: string) => ParseResult = parsePolicy,
): Simulation {
  const mode = form.who.kind === 'session' ? 'session' : 'assume';
  const docs = scenarioDocs(scenario);
  const texts =
    mode === 'assume'
      ? docs
          .filter((d) => d.kind === 'trust' || (d.kind === 'rcp' && !form.disabled.has(d.id)))
          .map((d) => d.text)
      : docs.filter((d) => d.kind !== 'trust' && !form.disabled.has(d.id)).map((d) => d.text);
  const contextKeys = contextKeysOf(texts, parse);
  const context = contextOf(form.context, contextKeys);
  const layers = layerPolicies(scenario, form.disabled);
  const documentOf: Simulation['documentOf'] = (ref) =>
    mode === 'assume'
      ? ref.policyKind === 'resource'
        ? 'trust'
        : ref.policyKind === 'rcp'
          ? layers.documentOf(ref)
          : undefined
      : layers.documentOf(ref);
  const highlights = (result: EvaluationResult): DocRange[] => {
    const out: DocRange[] = [];
    for (const ref of result.explain.decidingStatements) {
      const id = documentOf(ref);
      const doc = id === undefined ? undefined : docById(scenario, id);
      if (!doc) continue;
      const range = rangeOfPath(parse(doc.text), ref.path);
      if (range) out.push({ doc: doc.id, start: range.start.offset, end: range.end.offset });
    }
    return out;
  };
  const base = { mode, contextKeys, documentOf, highlights } as const;

  if (form.who.kind === 'session') {
    const action = form.action.trim();
    if (!action) return base;
    return {
      ...base,
      request: sessionRequest(
        scenario,
        { action, resource: form.resource.trim(), context },
        form.disabled,
      ),
    };
  }
  const principal =
    form.who.kind === 'typed'
      ? readTypedPrincipal(form.who.text)
      : principalForEntry(form.who.key, form.who.value);
  if (!principal) return base;
  return {
    ...base,
    principal,
    request: assumeRequest(
      scenario,
      principal,
      {
        operation: form.operation || operationFor(principal),
        callerAllows: principal.AWS !== undefined && form.callerAllows,
        context,
      },
      form.disabled,
    ),
  };
}
