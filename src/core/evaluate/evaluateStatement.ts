/** One statement against one request: which elements matched and whether its effect applies. */

import type { WorkBudget } from '../pattern';
import { NO_PARAMS, type IncompleteCause } from './codes';
import type { CompiledStatement } from './compile';
import { evaluateConditions } from './conditions/evaluateConditions';
import type { RequestContext } from './context';
import { matchActions } from './matchAction';
import { isExcludedByNotPrincipal } from './matchNotPrincipal';
import { matchPrincipal } from './matchPrincipal';
import { matchResources } from './matchResource';
import type { PrincipalInfo } from './principalInfo';
import type { MatchState, PolicyKind, StatementTrace } from './types';

export interface PreparedRequest {
  principal: PrincipalInfo;
  action: string;
  resource: string;
  context: RequestContext;
  /** A permissions boundary is attached to the principal (changes NotPrincipal + Deny). */
  boundaryPresent: boolean;
  /** The evaluation's work budget, shared by every matcher. */
  budget: WorkBudget;
}

const state = (matched: boolean): MatchState => (matched ? 'matched' : 'not-matched');

/** Policy kinds whose statements name principals: resource-based policies, RCPs and VPC endpoint policies. */
const PRINCIPAL_KINDS: ReadonlySet<PolicyKind> = new Set<PolicyKind>([
  'resource',
  'rcp',
  'endpoint',
]);

type Phase = 'yes' | 'no' | 'unknown';

const phase = (matched: boolean, refused: boolean): Phase =>
  refused ? 'unknown' : matched ? 'yes' : 'no';

/**
 * Evaluates one compiled statement; resource-based kinds also match the Principal element. When
 * the work budget runs out while matching it, the statement fails closed: a Deny applies, an
 * Allow does not, and the trace says it is incomplete.
 */
export function evaluateStatement(
  st: CompiledStatement,
  kind: PolicyKind,
  variables: boolean,
  req: PreparedRequest,
): StatementTrace {
  const notes = [...st.notes];
  const trace: StatementTrace = {
    index: st.index,
    ...(st.sid !== undefined ? { sid: st.sid } : {}),
    effect: st.effect ?? 'Invalid',
    path: st.path,
    action: 'not-matched',
    resource: 'not-matched',
    principal: 'not-applicable',
    conditions: [],
    conditionsMatched: false,
    applies: false,
    notes,
  };

  if (st.unread) {
    // Never matched (beyond the statements bound): an unfinished Deny counts as applying.
    trace.applies = true;
    trace.incomplete = true;
    notes.push({
      code: 'statement-incomplete',
      params: { effect: 'Deny', causes: [st.cause ?? 'statements-cut'] },
    });
    return trace;
  }

  // Each element's answer: yes, no, or unknown because a bound was reached (the budget refused a
  // match it needed, or its list was cut short), with the bounds behind the unknowns.
  const phases: Phase[] = [];
  const causes = new Set<IncompleteCause>();
  const unknownSince = (before: number, cut: boolean | undefined): boolean => {
    if (req.budget.refused > before) causes.add('work-budget');
    else if (cut === true) causes.add('policy-values-cut');
    else return false;
    return true;
  };

  if (st.actions) {
    const before = req.budget.refused;
    const m = matchActions(st.actions, req.action, req.budget);
    trace.action = state(m.matched);
    if (m.path) trace.actionPath = m.path;
    // A found entry is a definite answer (a match for Action, an exclusion for NotAction).
    phases.push(phase(m.matched, m.path === undefined && unknownSince(before, m.cut)));
  } else phases.push('no');

  if (st.resources) {
    const before = req.budget.refused;
    const m = matchResources(st.resources, req.resource, req.context, req.budget);
    trace.resource = state(m.matched);
    phases.push(phase(m.matched, m.path === undefined && unknownSince(before, m.cut)));
    if (m.path) trace.resourcePath = m.path;
    if (m.unresolved.length > 0) {
      notes.push({
        code: 'unresolved-variables',
        params: { variables: [...new Set(m.unresolved)] },
      });
    }
  } else if (kind === 'resource') {
    // A resource-based policy's Resource may be omitted: it is the resource the policy is attached to.
    trace.resource = 'matched';
  } else {
    notes.push({ code: 'no-resource-element', params: NO_PARAMS });
  }

  let principalOk = true;
  // No entry read names the principal, but its list was cut short: the answer is unknown.
  let principalUnknown = false;
  if (PRINCIPAL_KINDS.has(kind)) {
    principalOk = false;
    if (st.principal?.key === 'Principal') {
      const m = matchPrincipal(st.principal, req.principal);
      principalOk = m.matched;
      principalUnknown = !m.matched && st.principal.cut;
      if (m.kind) trace.principalMatch = m.kind;
      if (m.path) trace.principalPath = m.path;
    } else if (st.principal?.key === 'NotPrincipal' && st.effect === 'Allow') {
      // AWS docs, "AWS JSON policy elements: NotPrincipal": NotPrincipal must be used with Deny;
      // with Allow it is not supported, so such a statement names nobody and grants nothing.
      principalOk = false;
      trace.principalPath = [...st.path, 'NotPrincipal'];
      notes.push({ code: 'not-principal-allow-unsupported', params: NO_PARAMS });
    } else if (st.principal?.key === 'NotPrincipal') {
      principalOk = !isExcludedByNotPrincipal(st.principal, req.principal);
      // Not excluded by the entries read; an exclusion beyond the bound is unknown.
      principalUnknown = principalOk && st.principal.cut;
      if (principalOk) trace.principalMatch = 'not-principal';
      trace.principalPath = [...st.path, 'NotPrincipal'];
      const iamPrincipal = ['user', 'role', 'role-session'].includes(req.principal.type);
      if (!principalOk && st.effect === 'Deny' && req.boundaryPresent && iamPrincipal) {
        // AWS docs, "Permissions boundaries for IAM entities": NotPrincipal with Deny always
        // denies an IAM principal that has a permissions boundary, whatever NotPrincipal lists.
        principalOk = true;
        trace.principalMatch = 'not-principal';
        notes.push({ code: 'not-principal-with-boundary', params: NO_PARAMS });
      }
    } else {
      notes.push({ code: 'resource-policy-needs-principal', params: NO_PARAMS });
    }
    trace.principal = state(principalOk);
  } else if (st.principal) {
    notes.push({ code: 'principal-ignored', params: { element: st.principal.key, kind } });
  }

  // A statement whose action, resource or principal certainly does not match cannot apply: its
  // conditions are not evaluated, so hostile conditions there spend none of the budget.
  const settled = phases.includes('no') || (!principalOk && !principalUnknown);
  const cond = settled
    ? { matched: false, traces: [], unknown: false, causes: [] }
    : evaluateConditions(
        st.condition,
        req.context,
        variables,
        [...st.path, 'Condition'],
        req.budget,
      );
  trace.conditions = cond.traces;
  trace.conditionsMatched = cond.matched;
  phases.push(cond.unknown ? 'unknown' : cond.matched ? 'yes' : 'no');
  for (const cause of cond.causes) causes.add(cause);
  if (trace.resource !== 'matched' && !st.resources && kind !== 'resource') phases.push('no');
  if (principalUnknown) causes.add('policy-values-cut');
  phases.push(principalUnknown ? 'unknown' : principalOk ? 'yes' : 'no');
  trace.applies =
    st.effect !== undefined &&
    trace.action === 'matched' &&
    trace.resource === 'matched' &&
    principalOk &&
    cond.matched;
  if (st.effect !== undefined && !phases.includes('no') && phases.includes('unknown')) {
    // A match this statement needed was refused: its true answer is unknown. Fail closed.
    trace.incomplete = true;
    trace.applies = st.effect === 'Deny';
    notes.push({
      code: 'statement-incomplete',
      params: { effect: st.effect, causes: [...causes].sort() },
    });
  }
  return trace;
}
