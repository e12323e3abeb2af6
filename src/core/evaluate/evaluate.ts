/**
 * evaluateRequest: "can this principal do this action on this resource?" with AWS's documented
 * evaluation logic and a plain-data explain trace. Never throws and never hangs on user input:
 * its matching work is bounded, and where the bound is reached it fails closed.
 */

import { arnAccount } from '../aws/arn';
import {
  actionService,
  isKmsKeyRequest,
  isPermissionFreeAction,
  isRcpService,
  isServiceLinkedRole,
} from '../aws/exceptions';
import { isTrustPolicyAction } from '../aws/sts';
import { WorkBudget } from '../pattern';
import { isRecord } from '../util/record';
import { INCOMPLETE_CAUSES, NO_PARAMS, type IncompleteCause, type Note } from './codes';
import { buildContext } from './context';
import { compilePolicy } from './compile';
import { decide } from './decide';
import { evaluatePolicy } from './evaluatePolicy';
import { policyName } from './labels';
import type { PreparedRequest } from './evaluateStatement';
import { describePrincipal, isAwsPrincipal, type PrincipalInfo } from './principalInfo';
import type { EvaluationResult, PolicyKind, PolicyTrace, SimulationRequest } from './types';

export const MAX_POLICIES = 1000;

const SESSION_TYPES = new Set(['role', 'role-session', 'federated-user', 'unknown']);
const BOUNDARY_TYPES = new Set(['user', 'role', 'role-session', 'unknown']);

/** Options for one evaluation; tests use a small budget to exercise the bound. */
export interface EvaluateOptions {
  /** Work units the matchers may spend (default WORK_LIMIT). */
  workLimit?: number;
}

/** Decides a simulation request the way AWS documents it, with reasons and a full trace. */
export function evaluateRequest(
  request: SimulationRequest,
  options: EvaluateOptions = {},
): EvaluationResult {
  try {
    return evaluateUnchecked(request as unknown, new WorkBudget(options.workLimit));
  } catch (error) {
    // A safety net only: every input path is written not to throw.
    const message = error instanceof Error ? error.message : String(error);
    return {
      decision: 'ImplicitDeny',
      explain: {
        request: {
          principal: '',
          principalType: 'unknown',
          action: '',
          resource: '',
          crossAccount: false,
          trustPolicyAction: false,
        },
        policies: [],
        steps: [],
        decidingStatements: [],
        reasons: [{ code: 'evaluation-failed', params: { error: message } }],
        notes: [],
      },
    };
  }
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

interface ListedPolicy {
  index: number;
  policy: unknown;
  /** Beyond MAX_POLICIES: it stands for every policy past the bound and fails closed. */
  standIn?: true;
}

/**
 * A list of policies, at most MAX_POLICIES of them. Past the bound one stand-in is kept, so the
 * cut never drops a Deny silently: the first later policy with a Deny statement (that Deny counts
 * as applying), else an empty one that allows nothing (an unmatched Allow does not apply).
 */
function policyList(value: unknown, kind: PolicyKind, notes: Note[]): ListedPolicy[] {
  if (!present(value)) return [];
  if (!Array.isArray(value)) return [{ index: 0, policy: value }];
  const kept = value.slice(0, MAX_POLICIES).map((policy, index) => ({ index, policy }));
  if (value.length <= MAX_POLICIES) return kept;
  notes.push({ code: 'policies-truncated', params: { kind, limit: MAX_POLICIES } });
  for (let index = MAX_POLICIES; index < value.length; index++) {
    const policy: unknown = value[index];
    if (compilePolicy(policy).statements.some((s) => s.effect === 'Deny'))
      return [...kept, { index, policy, standIn: true }];
  }
  return [...kept, { index: MAX_POLICIES, policy: {}, standIn: true }];
}

/**
 * The RCPs' traces: they go with the resource, whoever asks, except for service-linked roles and
 * services RCPs do not cover (worked out only when RCPs are given: most requests have none).
 */
function rcpTraces(
  list: ListedPolicy[],
  req: PreparedRequest,
  principal: PrincipalInfo,
  action: string,
): PolicyTrace[] {
  if (list.length === 0) return [];
  const slr = isServiceLinkedRole(principal.principalArn ?? principal.id);
  const rcpNote: Note = slr
    ? { code: 'rcp-not-applicable-service-linked-role', params: NO_PARAMS }
    : { code: 'rcp-not-applicable-service', params: { service: actionService(action) } };
  const applies = isRcpService(action) && !slr;
  return list.map((p) => {
    const trace = evaluatePolicy('rcp', p.index, p.policy, req, applies, rcpNote, p.standIn);
    if (trace.applicable && trace.valid && !trace.statements.some((s) => s.effect === 'Allow')) {
      // Only RCPFullAWSAccess may Allow, and AWS attaches it at every level where it cannot be
      // detached: a Deny-only RCP sits beside it, so the level's allow is given.
      trace.notes.push({ code: 'rcp-full-access-implied', params: NO_PARAMS });
      trace.allows = true;
    }
    return trace;
  });
}

/** Every bound behind a statement that failed closed, in a stable order; empty when none did. */
function incompleteCauses(
  policies: readonly PolicyTrace[],
  notes: readonly Note[],
): IncompleteCause[] {
  const found = new Set<IncompleteCause>();
  if (notes.some((n) => n.code === 'policies-truncated')) found.add('policies-cut');
  for (const p of policies)
    for (const s of p.statements)
      for (const n of s.notes)
        if (n.code === 'statement-incomplete') n.params.causes.forEach((c) => found.add(c));
  return INCOMPLETE_CAUSES.filter((c) => found.has(c));
}

function evaluateUnchecked(input: unknown, budget: WorkBudget): EvaluationResult {
  const notes: Note[] = [];
  const r = isRecord(input) ? input : {};
  const principal: PrincipalInfo = describePrincipal(r.principal);
  const action = typeof r.action === 'string' ? r.action.trim() : '';
  const resource = typeof r.resource === 'string' ? r.resource.trim() : '';
  if (action === '') notes.push({ code: 'request-no-action', params: NO_PARAMS });
  const context = buildContext(r.context, principal, notes);
  const policies = isRecord(r.policies) ? r.policies : {};

  const aws = isAwsPrincipal(principal);
  const trustAction = isTrustPolicyAction(action);
  const givenAccount = typeof r.resourceAccount === 'string' ? r.resourceAccount.trim() : '';
  const resourceAccount = givenAccount || arnAccount(resource) || principal.account;
  const crossAccount =
    aws &&
    principal.account !== undefined &&
    resourceAccount !== undefined &&
    resourceAccount !== principal.account;

  const boundaryGiven = present(policies.boundary);
  const boundaryApplies = aws && BOUNDARY_TYPES.has(principal.type);
  const req: PreparedRequest = {
    principal,
    action,
    resource,
    context,
    boundaryPresent: boundaryGiven && boundaryApplies,
    budget,
  };
  const not = (code: Note['code']): Note => ({ code, params: NO_PARAMS }) as Note;

  const identity = policyList(policies.identity, 'identity', notes).map((p) =>
    evaluatePolicy(
      'identity',
      p.index,
      p.policy,
      req,
      aws && principal.type !== 'root',
      not('identity-not-applicable'),
      p.standIn,
    ),
  );
  const scpNote = not('scp-not-applicable');
  const scp = policyList(policies.scp, 'scp', notes).map((p) =>
    evaluatePolicy('scp', p.index, p.policy, req, aws, scpNote, p.standIn),
  );
  const rcp = rcpTraces(policyList(policies.rcp, 'rcp', notes), req, principal, action);
  const endpoint = present(policies.endpoint)
    ? evaluatePolicy('endpoint', 0, policies.endpoint, req, true)
    : undefined;
  const boundary = boundaryGiven
    ? evaluatePolicy(
        'boundary',
        0,
        policies.boundary,
        req,
        boundaryApplies,
        not('boundary-not-applicable'),
      )
    : undefined;
  const session = present(policies.session)
    ? evaluatePolicy(
        'session',
        0,
        policies.session,
        req,
        aws && SESSION_TYPES.has(principal.type),
        not('session-not-applicable'),
      )
    : undefined;
  const resourcePolicy = present(policies.resource)
    ? evaluatePolicy('resource', 0, policies.resource, req, true)
    : undefined;

  const keyAction = isKmsKeyRequest(action, resource);
  const outcome = decide({
    principal,
    aws,
    action,
    resource,
    crossAccount,
    trustAction,
    keyAction,
    permissionFree: aws && isPermissionFreeAction(action),
    identity,
    scp,
    rcp,
    endpoint,
    boundary,
    session,
    resourcePolicy,
  });
  const all: PolicyTrace[] = [
    ...identity,
    ...(boundary ? [boundary] : []),
    ...(session ? [session] : []),
    ...scp,
    ...rcp,
    ...(endpoint ? [endpoint] : []),
    ...(resourcePolicy ? [resourcePolicy] : []),
  ];
  const causes = incompleteCauses(all, notes);
  const incomplete = causes.length > 0;
  if (budget.exhausted) notes.push({ code: 'budget-exhausted', params: NO_PARAMS });
  for (const p of all) {
    if (!p.valid) {
      const cause = p.notes[0];
      notes.push({
        code: 'policy-invalid',
        params: {
          policy: policyName(p.kind, p.index, trustAction, keyAction),
          ...(cause !== undefined ? { cause } : {}),
        },
      });
    }
  }
  const reasons = incomplete
    ? [{ code: 'incomplete' as const, params: { causes } }, ...outcome.reasons]
    : outcome.reasons;
  return {
    decision: outcome.decision,
    explain: {
      request: {
        principal: principal.id,
        principalType: principal.type,
        ...(principal.account !== undefined ? { principalAccount: principal.account } : {}),
        action,
        resource,
        ...(resourceAccount !== undefined ? { resourceAccount } : {}),
        crossAccount,
        trustPolicyAction: trustAction,
        ...(keyAction ? { keyPolicyAction: true as const } : {}),
      },
      policies: all,
      steps: outcome.steps,
      decidingStatements: outcome.decidingStatements,
      reasons,
      notes,
      ...(incomplete ? { incomplete: true as const } : {}),
    },
  };
}
