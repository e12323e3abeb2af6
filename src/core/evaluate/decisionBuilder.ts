/** Collects the steps, reasons and deciding statements of one decision as it is made. */

import type { Reason, StepDetail } from './codes';
import { applying, refOf } from './labels';
import type {
  Decision,
  DecisionStep,
  DecisionStepName,
  PolicyTrace,
  PrincipalMatchKind,
  StatementRef,
  StepOutcome,
} from './types';

export interface DecisionOutcome {
  decision: Decision;
  steps: DecisionStep[];
  reasons: Reason[];
  decidingStatements: StatementRef[];
}

export type GrantClass = 'direct' | 'role' | 'account' | 'none';

/** Grants to a user, a session, a service, a provider or everyone are not limited by implicit denies. */
const DIRECT: ReadonlySet<PrincipalMatchKind> = new Set<PrincipalMatchKind>([
  'any',
  'not-principal',
  'user',
  'role-session',
  'federated-user',
  'service',
  'federated',
]);

/** Accumulates one decision's steps, reasons and deciding statements. */
export class Builder {
  steps: DecisionStep[] = [];
  reasons: Reason[] = [];
  deciding: StatementRef[] = [];

  step(step: DecisionStepName, outcome: StepOutcome, detail: StepDetail): void {
    this.steps.push({ step, outcome, detail });
  }

  reason(reason: Reason): void {
    this.reasons.push(reason);
  }

  guardrails(policies: ReadonlyArray<PolicyTrace | undefined>): void {
    for (const p of policies) {
      if (!p || !p.applicable) continue;
      const allows = applying(p, 'Allow');
      for (const st of allows) this.deciding.push(refOf(p, st, 'guardrail'));
    }
  }

  done(decision: Decision): DecisionOutcome {
    return {
      decision,
      steps: this.steps,
      reasons: this.reasons,
      decidingStatements: this.deciding,
    };
  }
}

/** The most direct way the resource policy's applying Allow statements name the principal. */
export function classify(kinds: ReadonlyArray<PrincipalMatchKind | undefined>): GrantClass {
  if (kinds.some((k) => k !== undefined && DIRECT.has(k))) return 'direct';
  if (kinds.includes('role')) return 'role';
  if (kinds.includes('account')) return 'account';
  return 'none';
}
