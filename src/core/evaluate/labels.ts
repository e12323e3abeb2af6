/** Plain-English names for policies and statements, shared by reasons and the UI. */

import type { PolicyKind, PolicyTrace, StatementRef, StatementRole, StatementTrace } from './types';

/** "identity policy 2", "SCP 1", "the permissions boundary", "the trust policy"… */
export function policyLabel(kind: PolicyKind, index: number, trust = false): string {
  switch (kind) {
    case 'identity':
      return `identity policy ${index + 1}`;
    case 'scp':
      return `SCP ${index + 1}`;
    case 'boundary':
      return 'the permissions boundary';
    case 'session':
      return 'the session policy';
    case 'resource':
      return trust ? 'the trust policy' : 'the resource-based policy';
  }
}

/** "Statement 'DenyS3'" or "Statement #2" when it has no Sid. */
export function statementLabel(st: StatementTrace): string {
  return st.sid !== undefined && st.sid !== ''
    ? `Statement '${st.sid}'`
    : `Statement #${st.index + 1}`;
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
): string[] {
  const out: string[] = [];
  for (const p of policies) {
    if (!p || !p.applicable || !p.valid) continue;
    for (const st of p.statements) {
      if (out.length >= limit) return out;
      const elementsMatch =
        st.action === 'matched' && st.resource === 'matched' && st.principal !== 'not-matched';
      if (st.effect !== 'Allow' || !elementsMatch || st.conditionsMatched) continue;
      const failed = st.conditions.filter((c) => !c.result);
      const what = failed
        .slice(0, 2)
        .map((c) =>
          c.reason === 'unknown-operator'
            ? `unknown operator ${c.operator}`
            : `${c.operator} on ${c.key}`,
        )
        .join(' and ');
      out.push(
        `${statementLabel(st)} in ${policyLabel(p.kind, p.index, trust)} would allow it, but its condition (${what}) is not met.`,
      );
    }
  }
  return out;
}
