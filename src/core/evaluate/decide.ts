/**
 * AWS's decision flow over already-evaluated policies (AWS docs, "Policy evaluation logic",
 * "Determining whether a request is allowed or denied within an account", "Cross-account
 * policy evaluation logic"): explicit deny, SCPs, resource-based policy, identity-based
 * policies, permissions boundary, session policy; with AWS's documented exceptions first
 * (sts:GetCallerIdentity needs no permission), resource control policies and a VPC endpoint
 * policy as further limits that must allow, and a KMS key policy that must allow as a role's
 * trust policy must. It speaks in codes (see codes.ts).
 */

import { NO_PARAMS, type StepCode, type StepDetail } from './codes';
import { Builder, classify, type DecisionOutcome } from './decisionBuilder';
import { applying, conditionMisses, policyName, refOf, statementName } from './labels';
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
  /** A KMS action on a key: the resource policy is the key policy, which must allow itself. */
  keyAction: boolean;
  /** The action needs no permission and cannot be denied (sts:GetCallerIdentity). */
  permissionFree: boolean;
  identity: PolicyTrace[];
  scp: PolicyTrace[];
  rcp: PolicyTrace[];
  endpoint?: PolicyTrace;
  boundary?: PolicyTrace;
  session?: PolicyTrace;
  resourcePolicy?: PolicyTrace;
}

/** A step detail that needs no params. */
const plain = (code: Exclude<StepCode, `resource-${string}`>): StepDetail =>
  ({ code, params: NO_PARAMS }) as StepDetail;

/** The VPC endpoint policy's step: when present it must allow; false when it stops the request. */
function endpointStep(b: Builder, endpoint: PolicyTrace | undefined, action: string): boolean {
  if (!endpoint) {
    b.step('endpoint', 'skipped', plain('no-endpoint-policy'));
    return true;
  }
  if (endpoint.allows) {
    b.step('endpoint', 'pass', plain('endpoint-allows'));
    return true;
  }
  b.step('endpoint', 'fail', plain('endpoint-no-allow'));
  b.reason({ code: 'endpoint-no-allow', params: { action } });
  return false;
}

/** Applies the documented decision flow to the evaluated policies. */
export function decide(f: DecisionFacts): DecisionOutcome {
  const b = new Builder();
  const who = f.principal.id;
  const action = f.action;
  const rp = policyName('resource', 0, f.trustAction, f.keyAction);
  const all = [
    ...f.identity,
    ...f.scp,
    ...f.rcp,
    f.endpoint,
    f.boundary,
    f.session,
    f.resourcePolicy,
  ];

  if (f.permissionFree) {
    // AWS STS API Reference, GetCallerIdentity: no permission is needed, and an explicit deny
    // does not stop it. No policy decides it.
    b.step('exception', 'pass', plain('caller-identity-exception'));
    b.reason({ code: 'caller-identity-no-permission', params: { action } });
    return b.done('Allow');
  }

  for (const p of all) {
    if (!p) continue;
    for (const st of applying(p, 'Deny')) {
      b.deciding.push(refOf(p, st, 'explicit-deny'));
      b.reason({
        code: 'explicit-deny',
        params: {
          statement: statementName(st),
          policy: policyName(p.kind, p.index, f.trustAction, f.keyAction),
          action,
        },
      });
    }
  }
  if (b.deciding.length > 0) {
    b.step('explicit-deny', 'fail', plain('deny-applies'));
    return b.done('ExplicitDeny');
  }
  b.step('explicit-deny', 'pass', plain('no-deny'));

  // RCPs limit what anyone may do to the organization's resources; a VPC endpoint policy limits
  // what passes through the endpoint. Each must allow, whoever the principal is.
  const rcps = f.rcp.filter((p) => p.applicable);
  if (rcps.length > 0) {
    const missing = rcps.filter((p) => !p.allows);
    if (missing.length > 0) {
      b.step('rcp', 'fail', plain('rcp-missing-allow'));
      for (const p of missing)
        b.reason({ code: 'rcp-no-allow', params: { policy: policyName('rcp', p.index), action } });
      return b.done('ImplicitDeny');
    }
    b.step('rcp', 'pass', plain('rcp-all-allow'));
  } else {
    b.step('rcp', 'skipped', plain(f.rcp.length > 0 ? 'rcps-not-applicable' : 'no-rcps'));
  }
  const outer = [...f.rcp, f.endpoint];
  const grants = f.resourcePolicy ? applying(f.resourcePolicy, 'Allow') : [];
  const grantClass = classify(grants.map((g) => g.principalMatch));
  const resourceStep = (outcome: 'pass' | 'fail' | 'skipped', granted: boolean): void => {
    if (!f.resourcePolicy)
      b.step('resource-policy', outcome, { code: 'resource-missing', params: { policy: rp } });
    else
      b.step('resource-policy', outcome, {
        code: granted ? 'resource-allows' : 'resource-no-allow',
        params: { policy: rp, who },
      });
  };

  if (!f.aws) {
    b.step('scp', 'skipped', plain('no-identity-side'));
    if (!endpointStep(b, f.endpoint, action)) return b.done('ImplicitDeny');
    for (const s of ['identity', 'boundary', 'session'] as const) {
      b.step(s, 'skipped', plain('no-identity-side'));
    }
    if (grants.length > 0 && f.resourcePolicy) {
      resourceStep('pass', true);
      for (const g of grants) b.deciding.push(refOf(f.resourcePolicy, g, 'grant'));
      b.guardrails(outer);
      b.reason({
        code: 'resource-policy-allows',
        params: { statement: statementName(grants[0]!), policy: rp, who, action },
      });
      return b.done('Allow');
    }
    resourceStep('fail', false);
    b.reason(
      f.resourcePolicy
        ? { code: 'resource-policy-no-allow', params: { policy: rp, who, action } }
        : { code: 'resource-policy-missing', params: { policy: rp, who } },
    );
    b.reasons.push(...conditionMisses([f.resourcePolicy], f.trustAction, 3, f.keyAction));
    b.reason({ code: 'only-resource-policy-can-allow', params: { policy: rp, who } });
    return b.done('ImplicitDeny');
  }

  if (f.scp.length > 0) {
    const missing = f.scp.filter((p) => !p.allows);
    if (missing.length > 0) {
      b.step('scp', 'fail', plain('scp-missing-allow'));
      for (const p of missing) {
        b.reason({ code: 'scp-no-allow', params: { policy: policyName('scp', p.index), action } });
      }
      return b.done('ImplicitDeny');
    }
    b.step('scp', 'pass', plain('scp-all-allow'));
  } else {
    b.step('scp', 'skipped', plain('no-scps'));
  }
  if (!endpointStep(b, f.endpoint, action)) return b.done('ImplicitDeny');

  const identityOk = f.principal.type === 'root' || f.identity.some((p) => p.allows);
  const boundaryOk = !f.boundary || !f.boundary.applicable || f.boundary.allows;
  const hasSession = f.session !== undefined && f.session.applicable;
  // A federated user session without a session policy has no permissions (evaluation logic, step 6).
  const sessionOk = hasSession ? f.session!.allows : f.principal.type !== 'federated-user';
  const guards = [...f.scp, ...outer, f.boundary, f.session];

  const identityStep = (): void => {
    if (f.principal.type === 'root') b.step('identity', 'pass', plain('root-full-access'));
    else
      b.step(
        'identity',
        identityOk ? 'pass' : 'fail',
        plain(identityOk ? 'identity-allows' : 'identity-no-allow'),
      );
    if (!identityOk) {
      b.reason({ code: 'identity-no-allow', params: { action, resource: f.resource } });
      b.reasons.push(...conditionMisses(f.identity, false));
    }
  };
  const identityGrants = (): void => {
    for (const p of f.identity)
      for (const st of applying(p, 'Allow')) {
        b.deciding.push(refOf(p, st, 'grant'));
      }
  };
  const limitSteps = (): void => {
    if (!f.boundary || !f.boundary.applicable) b.step('boundary', 'skipped', plain('no-boundary'));
    else
      b.step(
        'boundary',
        boundaryOk ? 'pass' : 'fail',
        plain(boundaryOk ? 'boundary-allows' : 'boundary-no-allow'),
      );
    if (!boundaryOk) b.reason({ code: 'boundary-no-allow', params: { action } });
    if (hasSession) {
      b.step(
        'session',
        sessionOk ? 'pass' : 'fail',
        plain(sessionOk ? 'session-allows' : 'session-no-allow'),
      );
      if (!sessionOk) b.reason({ code: 'session-no-allow', params: { action } });
    } else if (!sessionOk) {
      b.step('session', 'fail', plain('federated-without-session-policy'));
      b.reason({ code: 'federated-without-session-policy', params: NO_PARAMS });
    } else b.step('session', 'skipped', plain('no-session-policy'));
  };
  const grantRefs = (): void => {
    if (f.resourcePolicy)
      for (const g of grants) b.deciding.push(refOf(f.resourcePolicy, g, 'grant'));
  };

  if (f.crossAccount) {
    const resourceOk = grants.length > 0;
    resourceStep(resourceOk ? 'pass' : 'fail', resourceOk);
    identityStep();
    limitSteps();
    const allowed = resourceOk && identityOk && boundaryOk && sessionOk;
    if (!resourceOk) {
      b.reasons.push(...conditionMisses([f.resourcePolicy], f.trustAction, 3, f.keyAction));
      b.reason({
        code: 'cross-account-resource-policy-missing',
        params: { policy: rp, who, given: f.resourcePolicy !== undefined },
      });
    }
    if (allowed) {
      identityGrants();
      grantRefs();
      b.guardrails(guards);
      b.reasons.unshift({ code: 'cross-account-allowed', params: { policy: rp, action } });
      return b.done('Allow');
    }
    b.reason({ code: 'cross-account-needs-both', params: NO_PARAMS });
    return b.done('ImplicitDeny');
  }

  if (grantClass === 'direct') {
    b.step('resource-policy', 'pass', {
      code: 'resource-names-principal',
      params: { policy: rp, who },
    });
    for (const s of ['identity', 'boundary', 'session'] as const) {
      b.step(s, 'skipped', plain('not-needed-direct-grant'));
    }
    // Within one account every allow counts: the identity-based grants decide too.
    identityGrants();
    grantRefs();
    b.guardrails([...f.scp, ...outer]);
    b.reason({
      code: 'direct-grant',
      params: { statement: statementName(grants[0]!), policy: rp, who, action },
    });
    return b.done('Allow');
  }

  if (grantClass === 'role') {
    b.step('resource-policy', 'pass', { code: 'resource-names-role', params: { policy: rp } });
    b.step('identity', 'skipped', plain('not-needed-role-grant'));
    limitSteps();
    if (boundaryOk && sessionOk) {
      grantRefs();
      b.guardrails(guards);
      b.reason({
        code: 'role-grant',
        params: {
          statement: statementName(grants[0]!),
          policy: rp,
          role: f.principal.name ?? who,
          action,
        },
      });
      return b.done('Allow');
    }
    b.reason({ code: 'role-grant-limited', params: NO_PARAMS });
    return b.done('ImplicitDeny');
  }

  if (f.keyAction && grantClass === 'none') {
    // AWS KMS Developer Guide, "Key policies": no principal, not even the account root user, may
    // use a key unless its key policy allows it; identity-based policies alone grant nothing.
    resourceStep('fail', false);
    b.reason({
      code: 'key-policy-no-allow',
      params: { who, action, given: f.resourcePolicy !== undefined },
    });
    b.reasons.push(...conditionMisses([f.resourcePolicy], false, 3, true));
    return b.done('ImplicitDeny');
  }

  if (f.trustAction && grantClass === 'none') {
    resourceStep('fail', false);
    b.reason({
      code: 'trust-no-allow',
      params: { who, action, given: f.resourcePolicy !== undefined },
    });
    b.reasons.push(...conditionMisses([f.resourcePolicy], true));
    return b.done('ImplicitDeny');
  }

  if (grantClass === 'account') {
    b.step('resource-policy', 'pass', { code: 'resource-names-account', params: { policy: rp } });
  } else if (f.resourcePolicy) {
    b.step('resource-policy', 'skipped', {
      code: 'resource-no-allow',
      params: { policy: rp, who },
    });
  } else {
    b.step('resource-policy', 'skipped', plain('no-resource-policy'));
  }
  identityStep();
  limitSteps();
  if (identityOk && boundaryOk && sessionOk) {
    identityGrants();
    grantRefs();
    b.guardrails(guards);
    const first = f.identity.flatMap((p) => applying(p, 'Allow').map((st) => ({ p, st })))[0];
    b.reasons.unshift(
      first
        ? {
            code: 'identity-allows',
            params: {
              statement: statementName(first.st),
              policy: policyName('identity', first.p.index),
              action,
              resource: f.resource,
            },
          }
        : { code: 'root-allowed', params: { action } },
    );
    if (grantClass === 'account')
      b.reason({ code: 'account-trust-delegates', params: { policy: rp } });
    return b.done('Allow');
  }
  if (grantClass === 'account' && f.trustAction) {
    b.reason({ code: 'account-trust-needs-identity', params: NO_PARAMS });
  }
  if (grantClass === 'account' && f.keyAction) {
    b.reason({ code: 'key-policy-account-needs-identity', params: NO_PARAMS });
  }
  return b.done('ImplicitDeny');
}
