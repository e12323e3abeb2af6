/** The left half of the story: principals → (instance profile) → trust policy → STS → credentials → role. */
import type { ParseResult } from '../core/policy/types';
import type { Scenario } from '../core/scenario/types';
import { describePrincipal } from './describePrincipal';
import type { PrincipalDescription } from './describePrincipal';
import { exampleCredentials, formatDuration } from './exampleCredentials';
import type { GraphAccumulator } from './GraphAccumulator';
import { readStatements } from './readStatements';
import type { PrincipalElement, StatementView } from './readStatements';
import { stsOperationsFor } from './stsOperations';
import type { PrincipalNode, SourceRef, TrustPolicyNode } from './types';

/** Fixed ids of the chain's single nodes. */
export const CHAIN_IDS = {
  instanceProfile: 'instance-profile',
  trust: 'trust',
  sts: 'sts',
  credentials: 'credentials',
  role: 'role',
} as const;

/** The account used in example ARNs when the scenario gives none (AWS documentation's example account). */
export const EXAMPLE_ACCOUNT = '111122223333';

function sourceOf(
  doc: string,
  el: { path: SourceRef['path']; start: number; end: number },
): SourceRef {
  return { doc, path: el.path, start: el.start, end: el.end };
}

function trustNodeId(stmt: StatementView): string {
  return stmt.sid !== undefined ? `trust:${stmt.sid}` : `trust:statement:${stmt.index + 1}`;
}

/** A NotPrincipal statement names everyone except the listed principals. */
function notPrincipalDescription(stmt: StatementView): PrincipalDescription {
  const raws = stmt.principals.map((p) => p.text);
  const shown =
    raws.slice(0, 3).join(', ') + (raws.length > 3 ? ` and ${raws.length - 3} more` : '');
  return {
    id: `principal:not:${[...raws].sort().join(',')}`,
    principalType: 'other',
    label: `Anyone except ${shown}`,
    detail: 'NotPrincipal',
    operation: 'sts:AssumeRole',
    viaInstanceProfile: false,
  };
}

function principalsOf(
  stmt: StatementView,
): { desc: PrincipalDescription; el?: PrincipalElement }[] {
  if (stmt.notPrincipal) {
    return stmt.principals.length > 0 ? [{ desc: notPrincipalDescription(stmt) }] : [];
  }
  return stmt.principals.map((el) => ({ desc: describePrincipal(el.key, el.text), el }));
}

function addPrincipal(
  acc: GraphAccumulator,
  desc: PrincipalDescription,
  el: PrincipalElement | undefined,
): PrincipalNode {
  const node: PrincipalNode = {
    id: desc.id,
    kind: 'principal',
    label: desc.label,
    detail: desc.detail,
    principalType: desc.principalType,
  };
  if (el !== undefined) {
    node.principal = { key: el.key, value: el.text };
    node.source = sourceOf('trust', el);
    if (el.comment !== '') node.comment = el.comment;
  }
  return acc.addNode(node);
}

function addTrustNode(acc: GraphAccumulator, stmt: StatementView): TrustPolicyNode {
  const node: TrustPolicyNode = {
    id: trustNodeId(stmt),
    kind: 'trust-policy',
    label: 'Trust policy',
    detail: stmt.effect === 'Deny' ? `${stmt.name} (Deny)` : stmt.name,
    conditions: stmt.conditions,
    statement: stmt.name,
    effect: stmt.effect,
    source: sourceOf('trust', stmt),
  };
  if (stmt.comment !== '') node.comment = stmt.comment;
  return acc.addNode(node);
}

/** Session length the role allows: its MaxSessionDuration, or IAM's default of one hour. */
export function sessionSeconds(scenario: Scenario): number {
  const max = scenario.role.maxSessionDuration;
  return typeof max === 'number' && Number.isFinite(max) && max > 0 ? Math.floor(max) : 3600;
}

/**
 * Adds principal(s), instance profile, one trust-policy node per statement that names principals,
 * STS, credentials and role, wired with the story's verbs; works with an unparsable trust policy
 * (then a single "Trust policy" node stands in, and the rest of the chain is still drawn).
 */
export function addTrustChain(
  acc: GraphAccumulator,
  scenario: Scenario,
  trust: ParseResult | undefined,
): void {
  const statements = readStatements(trust);
  const operations: string[] = [];
  let stsSource: SourceRef | undefined;
  let stsComment = '';
  let admitted = 0;

  for (const stmt of statements) {
    const principals = principalsOf(stmt);
    if (principals.length === 0) continue;
    // Principals first, so node order (which ELK keeps within a lane) follows the reading order.
    const principalNodes = principals.map(({ desc, el }) => addPrincipal(acc, desc, el));
    const trustNode = addTrustNode(acc, stmt);
    for (const [i, { desc }] of principals.entries()) {
      const principal = principalNodes[i];
      if (principal === undefined) continue;
      const ops = stsOperationsFor(stmt.actions, desc.operation);
      const asks = `asks ${ops.join(' / ')}`;
      if (stmt.effect === 'Deny') {
        principal.denied = true;
        acc.addEdge(principal.id, trustNode.id, `refused by ${stmt.name}`, 'Deny');
        continue;
      }
      for (const op of ops) if (!operations.includes(op)) operations.push(op);
      if (desc.viaInstanceProfile) {
        const roleName = scenario.role.name || 'the role';
        acc.addNode({
          id: CHAIN_IDS.instanceProfile,
          kind: 'instance-profile',
          label: 'Instance profile',
          detail: roleName,
        });
        acc.addEdge(principal.id, CHAIN_IDS.instanceProfile, 'launches with', 'Allow');
        acc.addEdge(CHAIN_IDS.instanceProfile, trustNode.id, asks, 'Allow');
      } else {
        acc.addEdge(principal.id, trustNode.id, asks, 'Allow');
      }
    }
    if (stmt.effect === 'Allow') {
      admitted += 1;
      acc.addEdge(trustNode.id, CHAIN_IDS.sts, `admitted by ${stmt.name}`, 'Allow');
      if (stsSource === undefined && stmt.actionList !== undefined) {
        stsSource = sourceOf('trust', stmt.actionList);
        stsComment = stmt.actions.find((a) => a.comment !== '')?.comment ?? '';
      }
    }
  }

  if (admitted === 0) {
    // Nothing admits anyone (or the text does not parse yet): keep the chain readable anyway.
    const readable = trust !== undefined && trust.value !== undefined;
    acc.addNode<TrustPolicyNode>({
      id: CHAIN_IDS.trust,
      kind: 'trust-policy',
      label: 'Trust policy',
      detail: readable ? 'no statement admits a principal' : 'cannot be read yet',
      conditions: [],
      source: { doc: 'trust', path: [], start: 0, end: trust?.length ?? 0 },
    });
    acc.addEdge(CHAIN_IDS.trust, CHAIN_IDS.sts);
  }
  addStsToRole(acc, scenario, operations, stsSource, stsComment);
}

function addStsToRole(
  acc: GraphAccumulator,
  scenario: Scenario,
  operations: string[],
  stsSource: SourceRef | undefined,
  stsComment: string,
): void {
  const seconds = sessionSeconds(scenario);
  const ops = operations.length > 0 ? operations : ['sts:AssumeRole'];
  acc.addNode({
    id: CHAIN_IDS.sts,
    kind: 'sts',
    label: 'AWS STS',
    detail: `${ops.map((o) => o.replace(/^sts:/, '')).join(' / ')} · session up to ${formatDuration(seconds)}`,
    operations: ops,
    sessionDurationSeconds: seconds,
    ...(stsSource !== undefined ? { source: stsSource } : {}),
    ...(stsComment !== '' ? { comment: stsComment } : {}),
  });
  acc.addNode({
    id: CHAIN_IDS.credentials,
    kind: 'credentials',
    label: 'Temporary credentials',
    detail: `example values · expire after ${formatDuration(seconds)}`,
    example: exampleCredentials(seconds),
  });
  const name = scenario.role.name || 'Role';
  const account = scenario.role.account || EXAMPLE_ACCOUNT;
  acc.addNode({
    id: CHAIN_IDS.role,
    kind: 'role',
    label: name,
    detail: `max session ${formatDuration(seconds)}`,
    arn: `arn:aws:iam::${account}:role/${name}`,
    maxSessionDuration: seconds,
  });
  acc.addEdge(CHAIN_IDS.sts, CHAIN_IDS.credentials, 'issues');
  acc.addEdge(CHAIN_IDS.credentials, CHAIN_IDS.role, 'signs requests as');
}
