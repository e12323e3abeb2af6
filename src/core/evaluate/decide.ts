/**
 * AWS's decision flow over already-evaluated policies (AWS docs, "Policy evaluation logic",
 * "Determining whether a request is allowed or denied within an account", "Cross-account
 * policy evaluation logic"): explicit deny, SCPs, resource-based policy, identity-based
 * policies, permissions boundary, session policy.
 */

import { Builder, classify, type DecisionOutcome } from './decisionBuilder';
import { applying, conditionMisses, policyLabel, refOf, statementLabel } from './labels';
import type { PrincipalInfo } from './principalInfo';
import type { PolicyTrace } from './types';

export type { DecisionOutcome } from './decisionBuilder';

export interface DecisionFacts {
  principal: PrincipalInfo;
  /** The principal is an IAM/AWS identity (identity-side policies apply to it). */
  aws: boolean;
  action: string;
  resource: string;
  crossAccount: boolean;
  trustAction: boolean;
  identity: PolicyTrace[];
  scp: PolicyTrace[];
  boundary?: PolicyTrace;
  session?: PolicyTrace;
  resourcePolicy?: PolicyTrace;
}

/** Applies the documented decision flow to the evaluated policies. */
export function decide(f: DecisionFacts): DecisionOutcome {
  const b = new Builder();
  const who = f.principal.id || 'the principal';
  const rl = policyLabel('resource', 0, f.trustAction);
  const all = [...f.identity, ...f.scp, f.boundary, f.session, f.resourcePolicy];

  for (const p of all) {
    if (!p) continue;
    for (const st of applying(p, 'Deny')) {
      b.deciding.push(refOf(p, st, 'explicit-deny'));
      b.reasons.push(
        `${statementLabel(st)} in ${policyLabel(p.kind, p.index, f.trustAction)} explicitly denies ${f.action}.`,
      );
    }
  }
  if (b.deciding.length > 0) {
    b.step(
      'explicit-deny',
      'fail',
      'A Deny statement applies; an explicit deny overrides every allow.',
    );
    return b.done('ExplicitDeny');
  }
  b.step('explicit-deny', 'pass', 'No Deny statement applies.');

  const grants = f.resourcePolicy ? applying(f.resourcePolicy, 'Allow') : [];
  const grantClass = classify(grants.map((g) => g.principalMatch));

  if (!f.aws) {
    for (const s of ['scp', 'identity', 'boundary', 'session'] as const) {
      b.step(
        s,
        'skipped',
        'Service, federated and anonymous principals have no identity-side policies.',
      );
    }
    if (grants.length > 0 && f.resourcePolicy) {
      b.step('resource-policy', 'pass', `${rl} allows ${who}.`);
      for (const g of grants) b.deciding.push(refOf(f.resourcePolicy, g, 'grant'));
      b.reasons.push(`${statementLabel(grants[0]!)} in ${rl} allows ${who} to call ${f.action}.`);
      return b.done('Allow');
    }
    b.step(
      'resource-policy',
      'fail',
      f.resourcePolicy ? `${rl} does not allow ${who}.` : `No ${rl.slice(4)} was given.`,
    );
    b.reasons.push(
      f.resourcePolicy
        ? `No statement in ${rl} allows ${who} to call ${f.action}.`
        : `No ${rl.slice(4)} was given, and nothing else can allow ${who}.`,
    );
    b.reasons.push(...conditionMisses([f.resourcePolicy], f.trustAction));
    b.reasons.push(`${who} has no identity-based policies, so only ${rl} can allow it.`);
    return b.done('ImplicitDeny');
  }

  if (f.scp.length > 0) {
    const missing = f.scp.filter((p) => !p.allows);
    if (missing.length > 0) {
      b.step('scp', 'fail', 'Every SCP must allow the action.');
      for (const p of missing) {
        b.reasons.push(
          `${policyLabel('scp', p.index)} has no statement that allows ${f.action}, so the request is implicitly denied.`,
        );
      }
      return b.done('ImplicitDeny');
    }
    b.step('scp', 'pass', 'Every SCP allows the action.');
  } else {
    b.step('scp', 'skipped', 'No SCPs were given.');
  }

  const identityOk = f.principal.type === 'root' || f.identity.some((p) => p.allows);
  const boundaryOk = !f.boundary || !f.boundary.applicable || f.boundary.allows;
  const hasSession = f.session !== undefined && f.session.applicable;
  // A federated user session without a session policy has no permissions (evaluation logic, step 6).
  const sessionOk = hasSession ? f.session!.allows : f.principal.type !== 'federated-user';
  const guards = [...f.scp, f.boundary, f.session];

  const identityStep = (): void => {
    if (f.principal.type === 'root')
      b.step('identity', 'pass', 'The account root user has full access in its own account.');
    else
      b.step(
        'identity',
        identityOk ? 'pass' : 'fail',
        identityOk ? 'An identity-based policy allows it.' : 'No identity-based policy allows it.',
      );
    if (!identityOk) {
      b.reasons.push(
        `No statement in the identity-based policies allows ${f.action} on ${f.resource}.`,
      );
      b.reasons.push(...conditionMisses(f.identity, false));
    }
    for (const p of f.identity)
      for (const st of applying(p, 'Allow')) b.deciding.push(refOf(p, st, 'grant'));
  };
  const limitSteps = (): void => {
    if (!f.boundary || !f.boundary.applicable)
      b.step('boundary', 'skipped', 'No permissions boundary.');
    else
      b.step(
        'boundary',
        boundaryOk ? 'pass' : 'fail',
        boundaryOk
          ? 'The permissions boundary allows it.'
          : 'The permissions boundary does not allow it.',
      );
    if (!boundaryOk)
      b.reasons.push(
        `The permissions boundary does not allow ${f.action}, so the request is implicitly denied.`,
      );
    if (hasSession) {
      b.step(
        'session',
        sessionOk ? 'pass' : 'fail',
        sessionOk ? 'The session policy allows it.' : 'The session policy does not allow it.',
      );
      if (!sessionOk)
        b.reasons.push(
          `The session policy does not allow ${f.action}, so the request is implicitly denied.`,
        );
    } else if (!sessionOk) {
      b.step(
        'session',
        'fail',
        'A federated user session without a session policy has no permissions.',
      );
      b.reasons.push('A federated user session without a session policy has no permissions.');
    } else b.step('session', 'skipped', 'No session policy.');
  };
  const grantRefs = (): void => {
    if (f.resourcePolicy)
      for (const g of grants) b.deciding.push(refOf(f.resourcePolicy, g, 'grant'));
  };

  if (f.crossAccount) {
    const resourceOk = grants.length > 0;
    b.step(
      'resource-policy',
      resourceOk ? 'pass' : 'fail',
      resourceOk ? `${rl} allows ${who}.` : `${rl} does not allow ${who}.`,
    );
    identityStep();
    limitSteps();
    const allowed = resourceOk && identityOk && boundaryOk && sessionOk;
    if (!resourceOk) b.reasons.push(...conditionMisses([f.resourcePolicy], f.trustAction));
    if (!resourceOk)
      b.reasons.push(
        `Cross-account request: ${rl} must also allow ${who}, and ${f.resourcePolicy ? 'it does not' : 'none was given'}.`,
      );
    if (allowed) {
      grantRefs();
      b.guardrails(guards);
      b.reasons.unshift(
        `Cross-account request allowed: both the identity-based policy and ${rl} allow ${f.action}.`,
      );
      return b.done('Allow');
    }
    b.reasons.push(
      "A cross-account request needs an allow on both sides: the principal's identity-based policy and the resource's policy.",
    );
    return b.done('ImplicitDeny');
  }

  if (grantClass === 'direct') {
    b.step('resource-policy', 'pass', `${rl} names ${who} directly.`);
    for (const s of ['identity', 'boundary', 'session'] as const) {
      b.step(
        s,
        'skipped',
        'Not needed: a same-account grant to this principal is not limited by implicit denies.',
      );
    }
    grantRefs();
    b.guardrails(f.scp);
    b.reasons.push(
      `${statementLabel(grants[0]!)} in ${rl} allows ${who} to call ${f.action}; within one account an implicit deny in identity-based policies, a permissions boundary or a session policy does not limit a grant made directly to the principal.`,
    );
    return b.done('Allow');
  }

  if (grantClass === 'role') {
    b.step('resource-policy', 'pass', `${rl} names the role, which covers its sessions.`);
    b.step(
      'identity',
      'skipped',
      'Not needed: a same-account grant to the role ARN is not limited by the identity-based policies.',
    );
    limitSteps();
    if (boundaryOk && sessionOk) {
      grantRefs();
      b.guardrails(guards);
      b.reasons.push(
        `${statementLabel(grants[0]!)} in ${rl} allows the role ${f.principal.name ?? who} to call ${f.action}.`,
      );
      return b.done('Allow');
    }
    b.reasons.push(
      'A grant to a role ARN is still limited by an implicit deny in the permissions boundary or session policy.',
    );
    return b.done('ImplicitDeny');
  }

  if (f.trustAction && grantClass === 'none') {
    b.step('resource-policy', 'fail', `${rl} does not allow ${who}.`);
    b.reasons.push(
      f.resourcePolicy
        ? `No statement in the trust policy allows ${who} to call ${f.action}; an identity-based policy alone never lets anyone assume a role.`
        : `No trust policy was given; an identity-based policy alone never lets anyone assume a role.`,
    );
    b.reasons.push(...conditionMisses([f.resourcePolicy], true));
    return b.done('ImplicitDeny');
  }

  if (grantClass === 'account') {
    b.step(
      'resource-policy',
      'pass',
      `${rl} names the account, which delegates the decision to its identity-based policies.`,
    );
  } else {
    b.step(
      'resource-policy',
      'skipped',
      f.resourcePolicy ? `${rl} does not allow ${who}.` : 'No resource-based policy.',
    );
  }
  identityStep();
  limitSteps();
  if (identityOk && boundaryOk && sessionOk) {
    grantRefs();
    b.guardrails(guards);
    const first = f.identity.flatMap((p) => applying(p, 'Allow').map((st) => ({ p, st })))[0];
    b.reasons.unshift(
      first
        ? `${statementLabel(first.st)} in ${policyLabel('identity', first.p.index)} allows ${f.action} on ${f.resource}.`
        : `The account root user may call ${f.action} in its own account.`,
    );
    if (grantClass === 'account')
      b.reasons.push(`${rl} trusts the account, and the identity-based policy allows it.`);
    return b.done('Allow');
  }
  if (grantClass === 'account' && f.trustAction) {
    b.reasons.push(
      "The trust policy names the account, not this principal, so the caller's identity-based policy must also allow it.",
    );
  }
  return b.done('ImplicitDeny');
}
