/** Names of policies and statements as data, shared by reasons and the UI (i18n words them). */

import type { PolicyName, Reason, StatementName } from './codes';
import type { PolicyKind, PolicyTrace, StatementRef, StatementRole, StatementTrace } from './types';

/** A policy's name as reasons carry it: kind, position and whether it is the trust or key policy. */
export function policyName(
  kind: PolicyKind,
  index: number,
  trust = false,
  key = false,
): PolicyName {
  const resource = kind === 'resource';
  return {
    kind,
    index,
    trust: resource && trust,
    ...(resource && key ? { key: true as const } : {}),
  };
}

/** A statement's name as reasons carry it: its Sid when it has one, else its position. */
export function statementName(st: Pick<StatementTrace, 'index' | 'sid'>): StatementName {
  return st.sid !== undefined && st.sid !== ''
    ? { index: st.index, sid: st.sid }
    : { index: st.index };
}

/** The applying statements of a policy with the given effect. */
export function applying(policy: PolicyTrace, effect: 'Allow' | 'Deny'): StatementTrace[] {
  if (!policy.applicable || !policy.valid) return [];
  return policy.statements.filter((s) => s.applies && s.effect === effect);
}

/** A reference to a statement for highlighting. */
export function refOf(policy: PolicyTrace, st: StatementTrace, role: StatementRole): StatementRef {
  return {
    policyKind: policy.kind,
    policyIndex: policy.index,
    statementIndex: st.index,
    path: st.path,
    effect: st.effect === 'Deny' ? 'Deny' : 'Allow',
    role,
  };
}

/**
 * Reasons for Allow statements that matched the action, resource and principal but whose
 * conditions failed, so a learner sees which condition kept the door shut (at most `limit`).
 */
export function conditionMisses(
  policies: ReadonlyArray<PolicyTrace | undefined>,
  trust: boolean,
  limit = 3,
  key = false,
): Reason[] {
  const out: Reason[] = [];
  for (const p of policies) {
    if (!p || !p.applicable || !p.valid) continue;
    for (const st of p.statements) {
      if (out.length >= limit) return out;
      const elementsMatch =
        st.action === 'matched' && st.resource === 'matched' && st.principal !== 'not-matched';
      if (st.effect !== 'Allow' || !elementsMatch || st.conditionsMatched || st.incomplete)
        continue;
      const conditions = st.conditions
        .filter((c) => !c.result)
        .slice(0, 2)
        .map((c) => ({
          operator: c.operator,
          key: c.key,
          unknownOperator: c.reason === 'unknown-operator',
        }));
      out.push({
        code: 'condition-not-met',
        params: {
          statement: statementName(st),
          policy: policyName(p.kind, p.index, trust, key),
          conditions,
        },
      });
    }
  }
  return out;
}
