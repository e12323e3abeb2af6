/**
 * evaluateRequest: "can this principal do this action on this resource?" with AWS's documented
 * evaluation logic and a plain-data explain trace. Never throws and never hangs on user input.
 */

import { arnAccount } from './arn';
import { budgetExhausted, resetBudget } from './budget';
import { buildContext } from './context';
import { decide } from './decide';
import { evaluatePolicy } from './evaluatePolicy';
import type { PreparedRequest } from './evaluateStatement';
import { describePrincipal, isAwsPrincipal, type PrincipalInfo } from './principalInfo';
import type { EvaluationResult, PolicyTrace, SimulationRequest } from './types';

/** Actions whose resource-based policy is the role's trust policy (it must always allow). */
export const TRUST_POLICY_ACTIONS: ReadonlySet<string> = new Set([
  'sts:assumerole',
  'sts:assumerolewithwebidentity',
  'sts:assumerolewithsaml',
  'sts:tagsession',
  'sts:setsourceidentity',
]);

export const MAX_POLICIES = 1000;

const SESSION_TYPES = new Set(['role', 'role-session', 'federated-user', 'unknown']);
const BOUNDARY_TYPES = new Set(['user', 'role', 'role-session', 'unknown']);

/** Decides a simulation request the way AWS documents it, with reasons and a full trace. */
export function evaluateRequest(request: SimulationRequest): EvaluationResult {
  try {
    return evaluateUnchecked(request as unknown);
  } catch (error) {
    // A safety net only: every input path is written not to throw.
    const message = error instanceof Error ? error.message : 'unknown error';
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
        reasons: [`The request could not be evaluated (${message}).`],
        notes: [],
      },
    };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function policyList(value: unknown, label: string, notes: string[]): unknown[] {
  if (!present(value)) return [];
  if (!Array.isArray(value)) return [value];
  if (value.length > MAX_POLICIES) {
    notes.push(`Only the first ${MAX_POLICIES} ${label} policies were evaluated.`);
    return value.slice(0, MAX_POLICIES);
  }
  return value;
}

function evaluateUnchecked(input: unknown): EvaluationResult {
  resetBudget();
  const notes: string[] = [];
  const r = isRecord(input) ? input : {};
  const principal: PrincipalInfo = describePrincipal(r.principal);
  const action = typeof r.action === 'string' ? r.action.trim() : '';
  const resource = typeof r.resource === 'string' ? r.resource.trim() : '';
  if (action === '') notes.push('The request has no action; no statement can match it.');
  const context = buildContext(r.context, principal, notes);
  const policies = isRecord(r.policies) ? r.policies : {};

  const aws = isAwsPrincipal(principal);
  const trustAction = TRUST_POLICY_ACTIONS.has(action.toLowerCase());
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
  };
  const noIdentity =
    'Only IAM users, roles and sessions have identity-based policies; it was not applied.';

  const identity = policyList(policies.identity, 'identity', notes).map((p, i) =>
    evaluatePolicy('identity', i, p, req, aws && principal.type !== 'root', noIdentity),
  );
  const scp = policyList(policies.scp, 'SCP', notes).map((p, i) =>
    evaluatePolicy('scp', i, p, req, aws, 'SCPs apply only to principals of member accounts.'),
  );
  const boundary = boundaryGiven
    ? evaluatePolicy(
        'boundary',
        0,
        policies.boundary,
        req,
        boundaryApplies,
        'Permissions boundaries apply only to IAM users and roles.',
      )
    : undefined;
  const session = present(policies.session)
    ? evaluatePolicy(
        'session',
        0,
        policies.session,
        req,
        aws && SESSION_TYPES.has(principal.type),
        'Session policies apply only to role and federated user sessions.',
      )
    : undefined;
  const resourcePolicy = present(policies.resource)
    ? evaluatePolicy('resource', 0, policies.resource, req, true)
    : undefined;

  const outcome = decide({
    principal,
    aws,
    action,
    resource,
    crossAccount,
    trustAction,
    identity,
    scp,
    boundary,
    session,
    resourcePolicy,
  });
  if (budgetExhausted()) {
    notes.push(
      'Matching stopped early: the policies needed more work than the evaluation allows, so some patterns were treated as not matching.',
    );
  }
  const all: PolicyTrace[] = [
    ...identity,
    ...(boundary ? [boundary] : []),
    ...(session ? [session] : []),
    ...scp,
    ...(resourcePolicy ? [resourcePolicy] : []),
  ];
  for (const p of all) {
    if (!p.valid)
      notes.push(`${p.kind} policy ${p.index + 1} could not be read: ${p.notes[0] ?? 'invalid'}`);
  }
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
      },
      policies: all,
      steps: outcome.steps,
      decidingStatements: outcome.decidingStatements,
      reasons: outcome.reasons,
      notes,
    },
  };
}
