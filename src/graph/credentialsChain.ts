/** The middle of the story: STS hands out temporary credentials that sign requests as the role. */
import { durationOf, EXAMPLE_ACCOUNT, exampleCredentials, roleArn, sessionSeconds } from '../core';
import type { AssumeRoleOperation, Scenario } from '../core';
import { CHAIN_IDS } from './chainIds';
import type { GraphAccumulator } from './GraphAccumulator';
import { nameText, text } from './text';
import type { SourceRef } from './types';

/**
 * Adds STS (the operations the trust policy lets principals call, the session length), the
 * example credentials it returns and the role they act as, wired "issues" and "signs requests as".
 * `chained`: a role may assume this one (role chaining), whose sessions last at most one hour.
 */
export function addStsToRole(
  acc: GraphAccumulator,
  scenario: Scenario,
  operations: readonly AssumeRoleOperation[],
  stsSource: SourceRef | undefined,
  stsComment: string,
  chained = false,
): void {
  const seconds = sessionSeconds(scenario.role.maxSessionDuration);
  const duration = durationOf(seconds);
  const ops: AssumeRoleOperation[] = operations.length > 0 ? [...operations] : ['sts:AssumeRole'];
  acc.addNode({
    id: CHAIN_IDS.sts,
    kind: 'sts',
    label: text('sts'),
    // AWS caps a role-chaining session at one hour, whatever the role's maximum says.
    detail: chained
      ? text('sts-summary-chained', { operations: ops, duration })
      : text('sts-summary', { operations: ops, duration }),
    operations: ops,
    sessionDurationSeconds: seconds,
    ...(stsSource !== undefined ? { source: stsSource } : {}),
    ...(stsComment !== '' ? { comment: stsComment } : {}),
  });
  acc.addNode({
    id: CHAIN_IDS.credentials,
    kind: 'credentials',
    label: text('temporary-credentials'),
    detail: text('credentials-summary', { duration }),
    example: exampleCredentials(seconds),
  });
  const name = scenario.role.name;
  acc.addNode({
    id: CHAIN_IDS.role,
    kind: 'role',
    label: name ? nameText(name) : text('role-unnamed'),
    detail: text('role-summary', { duration }),
    arn: roleArn(scenario.role.account || EXAMPLE_ACCOUNT, name || 'Role'),
    maxSessionDuration: seconds,
  });
  acc.addEdge(CHAIN_IDS.sts, CHAIN_IDS.credentials, { label: text('issues') });
  acc.addEdge(CHAIN_IDS.credentials, CHAIN_IDS.role, { label: text('signs-requests-as') });
}
