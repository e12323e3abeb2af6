/** Nodes for what caps the role's permissions: boundary, session policy, SCPs, RCPs, VPC endpoint policy. */
import type { Scenario } from '../core';
import { CHAIN_IDS } from './chainIds';
import type { GraphAccumulator } from './GraphAccumulator';
import { wholeDocument } from './sourceRef';
import { text } from './text';

/** A document counts as present when the scenario has it at all (as the editor shows a tab for it). */
function present(text: unknown): text is string {
  return typeof text === 'string';
}

/**
 * Attaches a node for each policy that limits the role (boundary, session policy, each SCP and RCP,
 * the VPC endpoint policy) to the
 * role node, so a learner sees that the permission policies are not the whole story. Each node's
 * id is its document's id, so a deciding statement of the simulator maps straight to its node.
 * A session policy is drawn with kind 'boundary' (it also only narrows, never grants).
 */
export function addRoleLimits(acc: GraphAccumulator, scenario: Scenario): void {
  const limitedBy = { label: text('limited-by') };
  const boundary = scenario.role.permissionsBoundary;
  if (present(boundary)) {
    acc.addNode({
      id: 'boundary',
      kind: 'boundary',
      label: text('permissions-boundary'),
      detail: text('boundary-summary'),
      source: wholeDocument('boundary', boundary.length),
    });
    acc.addEdge(CHAIN_IDS.role, 'boundary', limitedBy);
  }
  const session = scenario.sessionPolicy;
  if (present(session)) {
    acc.addNode({
      id: 'session',
      kind: 'boundary',
      label: text('session-policy'),
      detail: text('session-summary'),
      source: wholeDocument('session', session.length),
    });
    acc.addEdge(CHAIN_IDS.role, 'session', limitedBy);
  }
  const scps = Array.isArray(scenario.scps) ? scenario.scps : [];
  scps.forEach((scp, i) => {
    if (!present(scp.document)) return;
    acc.addNode({
      id: scp.id,
      kind: 'scp',
      label: text('scp', scps.length > 1 ? { number: i + 1 } : {}),
      detail: text('scp-summary'),
      source: wholeDocument(scp.id, scp.document.length),
    });
    acc.addEdge(CHAIN_IDS.role, scp.id, limitedBy);
  });
  // RCPs cap what anyone may do to the organization's resources, the endpoint policy what passes
  // through the VPC endpoint: both limit the role's requests as the SCPs do, so they sit beside them.
  const rcps = Array.isArray(scenario.rcps) ? scenario.rcps : [];
  rcps.forEach((rcp, i) => {
    if (!present(rcp.document)) return;
    acc.addNode({
      id: rcp.id,
      kind: 'rcp',
      label: text('rcp', rcps.length > 1 ? { number: i + 1 } : {}),
      detail: text('rcp-summary'),
      source: wholeDocument(rcp.id, rcp.document.length),
    });
    acc.addEdge(CHAIN_IDS.role, rcp.id, limitedBy);
  });
  const endpoint = scenario.endpointPolicy;
  if (present(endpoint)) {
    acc.addNode({
      id: 'endpoint',
      kind: 'endpoint-policy',
      label: text('endpoint-policy'),
      detail: text('endpoint-summary'),
      source: wholeDocument('endpoint', endpoint.length),
    });
    acc.addEdge(CHAIN_IDS.role, 'endpoint', limitedBy);
  }
}
