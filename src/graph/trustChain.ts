/** The left half of the story: principals → (instance profile) → trust policy → STS → credentials → role. */
import { readPolicy } from '../core';
import type { AssumeRoleOperation, ParseResult, PolicyStatement, Scenario } from '../core';
import { CHAIN_IDS } from './chainIds';
import { addStsToRole } from './credentialsChain';
import type { GraphAccumulator } from './GraphAccumulator';
import { commentOf, listComments, NO_COMMENTS } from './listComments';
import type { Attached } from './listComments';
import { principalsOf } from './principalEntries';
import type { PrincipalEntry } from './principalEntries';
import { sourceOf, wholeDocument } from './sourceRef';
import { stsOperationsFor } from './stsOperations';
import { conditionsOf, effectOf, nameOf, sidOf } from './statementFacts';
import { nameText, text } from './text';
import type { GraphText } from './text';
import type { PrincipalNode, SourceRef, TrustPolicyNode } from './types';

function trustNodeId(stmt: PolicyStatement): string {
  const sid = sidOf(stmt);
  return sid !== undefined ? `trust:${sid}` : `trust:statement:${stmt.index + 1}`;
}

function addPrincipal(acc: GraphAccumulator, entry: PrincipalEntry): PrincipalNode {
  const { desc, element } = entry;
  const node: PrincipalNode = {
    id: desc.id,
    kind: 'principal',
    label: desc.label,
    detail: desc.detail,
    principalType: desc.principalType,
  };
  if (element !== undefined) {
    node.principal = { key: element.key, value: element.value.value };
    node.source = sourceOf('trust', element.value);
    if (element.comment !== '') node.comment = element.comment;
  }
  return acc.addNode(node);
}

/** Principals a trust node's sentence names before "and N more". */
const NAMED_PRINCIPALS = 2;

/** "ec2.amazonaws.com may call sts:AssumeRole": who the statement admits (or refuses), and to what. */
function admitsText(
  principals: readonly PrincipalEntry[],
  operations: readonly AssumeRoleOperation[],
  effect: 'Allow' | 'Deny',
): GraphText {
  return text('may-assume', {
    principals: principals.slice(0, NAMED_PRINCIPALS).map((p) => p.desc.label),
    more: Math.max(0, principals.length - NAMED_PRINCIPALS),
    operations: [...operations],
    effect,
  });
}

function addTrustNode(
  acc: GraphAccumulator,
  stmt: PolicyStatement,
  attached: Attached,
  label: GraphText,
): TrustPolicyNode {
  const effect = effectOf(stmt);
  const statement = nameOf(stmt);
  const node: TrustPolicyNode = {
    id: trustNodeId(stmt),
    kind: 'trust-policy',
    label,
    detail: text('trust-statement', { statement, effect }),
    conditions: conditionsOf(stmt),
    statement,
    effect,
    source: sourceOf('trust', stmt),
  };
  const comment = commentOf(attached, stmt);
  if (comment !== '') node.comment = comment;
  return acc.addNode(node);
}

/** What the trust statements add up to for the STS node: operations, its source and comment. */
interface StsFacts {
  operations: AssumeRoleOperation[];
  source?: SourceRef;
  comment: string;
  /** A role (or a role session) is admitted: assuming this role from it is role chaining. */
  chained?: boolean;
}

/** One statement's principals, wired to its trust node; returns whether it admits anyone. */
function addStatement(
  acc: GraphAccumulator,
  scenario: Scenario,
  stmt: PolicyStatement,
  attached: Attached,
  sts: StsFacts,
): boolean {
  const principals = principalsOf(stmt, attached);
  if (principals.length === 0) return false;
  const effect = effectOf(stmt);
  const statement = nameOf(stmt);
  const actions = stmt.action?.values ?? [];
  // Principals first, so node order (which the layout keeps within a lane) follows the reading order.
  const principalNodes = principals.map((entry) => addPrincipal(acc, entry));
  const opsOf = principals.map(({ desc }) => stsOperationsFor(actions, desc.operation));
  const allOps: AssumeRoleOperation[] = [];
  for (const ops of opsOf) for (const op of ops) if (!allOps.includes(op)) allOps.push(op);
  const trustNode = addTrustNode(acc, stmt, attached, admitsText(principals, allOps, effect));
  for (const [i, { desc }] of principals.entries()) {
    const principal = principalNodes[i];
    if (principal === undefined) continue;
    const ops = opsOf[i] ?? [];
    const asks = text('asks', { operations: ops });
    if (effect === 'Deny') {
      principal.denied = true;
      acc.addEdge(principal.id, trustNode.id, {
        label: text('refused-by', { statement }),
        effect: 'Deny',
      });
      continue;
    }
    for (const op of ops) if (!sts.operations.includes(op)) sts.operations.push(op);
    if (desc.principalType === 'role' && ops.includes('sts:AssumeRole')) sts.chained = true;
    if (desc.viaInstanceProfile) {
      acc.addNode({
        id: CHAIN_IDS.instanceProfile,
        kind: 'instance-profile',
        label: text('instance-profile'),
        detail: scenario.role.name ? nameText(scenario.role.name) : text('the-role'),
      });
      acc.addEdge(principal.id, CHAIN_IDS.instanceProfile, {
        label: text('launches-with'),
        effect: 'Allow',
      });
      acc.addEdge(CHAIN_IDS.instanceProfile, trustNode.id, { label: asks, effect: 'Allow' });
    } else {
      acc.addEdge(principal.id, trustNode.id, { label: asks, effect: 'Allow' });
    }
  }
  if (effect !== 'Allow') return false;
  acc.addEdge(trustNode.id, CHAIN_IDS.sts, {
    label: text('admitted-by', { statement }),
    effect: 'Allow',
  });
  const actionElement = stmt.action ?? stmt.notAction;
  if (sts.source === undefined && actionElement !== undefined) {
    sts.source = sourceOf('trust', actionElement);
    const commented = stmt.action !== undefined ? listComments(attached, stmt.action) : [];
    sts.comment = commented.find((a) => a.comment !== '')?.comment ?? '';
  }
  return true;
}

/**
 * Adds principal(s), instance profile, one trust-policy node per statement that names principals,
 * STS, credentials and role, wired with the story's verbs; works with an unparsable trust policy
 * (then a single trust-policy node stands in, and the rest of the chain is still drawn).
 */
export function addTrustChain(
  acc: GraphAccumulator,
  scenario: Scenario,
  trust: ParseResult | undefined,
): void {
  const statements = trust !== undefined ? readPolicy(trust).statements : [];
  const attached = trust?.attached ?? NO_COMMENTS;
  const sts: StsFacts = { operations: [], comment: '' };
  let admitted = 0;
  for (const stmt of statements) {
    if (addStatement(acc, scenario, stmt, attached, sts)) admitted += 1;
  }
  if (admitted === 0) {
    // Nothing admits anyone (or the text does not parse yet): keep the chain readable anyway.
    const readable = trust !== undefined && trust.value !== undefined;
    acc.addNode<TrustPolicyNode>({
      id: CHAIN_IDS.trust,
      kind: 'trust-policy',
      label: text('trust-policy'),
      detail: readable ? text('trust-admits-nobody') : text('trust-unreadable'),
      conditions: [],
      source: wholeDocument('trust', trust?.length ?? 0),
    });
    acc.addEdge(CHAIN_IDS.trust, CHAIN_IDS.sts);
  }
  addStsToRole(acc, scenario, sts.operations, sts.source, sts.comment, sts.chained === true);
}
