/** One statement against one request: which elements matched and whether its effect applies. */

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
}

const state = (matched: boolean): MatchState => (matched ? 'matched' : 'not-matched');

/** Evaluates one compiled statement; resource-based kinds also match the Principal element. */
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

  if (st.actions) {
    const m = matchActions(st.actions, req.action);
    trace.action = state(m.matched);
    if (m.path) trace.actionPath = m.path;
  }

  if (st.resources) {
    const m = matchResources(st.resources, req.resource, req.context);
    trace.resource = state(m.matched);
    if (m.path) trace.resourcePath = m.path;
    if (m.unresolved.length > 0) {
      notes.push(
        `Policy variables with no value in the request: ${[...new Set(m.unresolved)].join(', ')}.`,
      );
    }
  } else if (kind === 'resource') {
    // A resource-based policy's Resource may be omitted: it is the resource the policy is attached to.
    trace.resource = 'matched';
  } else {
    notes.push('The statement has neither Resource nor NotResource; it matches no request.');
  }

  let principalOk = true;
  if (kind === 'resource') {
    principalOk = false;
    if (st.principal?.key === 'Principal') {
      const m = matchPrincipal(st.principal, req.principal);
      principalOk = m.matched;
      if (m.kind) trace.principalMatch = m.kind;
      if (m.path) trace.principalPath = m.path;
    } else if (st.principal?.key === 'NotPrincipal') {
      principalOk = !isExcludedByNotPrincipal(st.principal, req.principal);
      if (principalOk) trace.principalMatch = 'not-principal';
      trace.principalPath = [...st.path, 'NotPrincipal'];
      const iamPrincipal = ['user', 'role', 'role-session'].includes(req.principal.type);
      if (!principalOk && st.effect === 'Deny' && req.boundaryPresent && iamPrincipal) {
        // AWS docs, "Permissions boundaries for IAM entities": NotPrincipal with Deny always
        // denies an IAM principal that has a permissions boundary, whatever NotPrincipal lists.
        principalOk = true;
        trace.principalMatch = 'not-principal';
        notes.push(
          'NotPrincipal with Deny always applies to an IAM principal with a permissions boundary.',
        );
      }
    } else {
      notes.push(
        'A resource-based policy statement needs Principal or NotPrincipal; it matches nobody.',
      );
    }
    trace.principal = state(principalOk);
  } else if (st.principal) {
    notes.push(`${st.principal.key} is not used in ${kind} policies; it was ignored.`);
  }

  const cond = evaluateConditions(st.condition, req.context, variables, [...st.path, 'Condition']);
  trace.conditions = cond.traces;
  trace.conditionsMatched = cond.matched;
  trace.applies =
    st.effect !== undefined &&
    trace.action === 'matched' &&
    trace.resource === 'matched' &&
    principalOk &&
    cond.matched;
  return trace;
}
