/** Nodes for what caps the role's permissions: boundary, session policy, SCPs, RCPs, VPC endpoint policy. */
import type { DocId, Scenario } from '../core';
import { CHAIN_IDS } from './chainIds';
import type { GraphAccumulator } from './GraphAccumulator';
import { wholeDocument } from './sourceRef';
import { text, type GraphText } from './text';
import type { OtherNode } from './types';

/** A document counts as present when the scenario has it at all (as the editor shows a tab for it). */
function present(text: unknown): text is string {
  return typeof text === 'string';
}

/**
 * Attaches a node for each policy that limits the role (boundary, session policy, each SCP and RCP,
 * the VPC endpoint policy) to the role node, so a learner sees that the permission policies are not the whole story. Each node's
 * id is its document's id, so a deciding statement of the simulator maps straight to its node.
 * A session policy is drawn with kind 'boundary' (it also only narrows, never grants).
 */
export function addRoleLimits(acc: GraphAccumulator, scenario: Scenario): void {
  const limitedBy = { label: text('limited-by') };
  const limit = (
    id: DocId,
    kind: OtherNode['kind'],
    label: GraphText,
    detail: GraphText,
    document: string,
  ) => {
    acc.addNode({ id, kind, label, detail, source: wholeDocument(id, document.length) });
    acc.addEdge(CHAIN_IDS.role, id, limitedBy);
  };
  const boundary = scenario.role.permissionsBoundary;
  if (present(boundary)) {
    limit('boundary', 'boundary', text('permissions-boundary'), text('boundary-summary'), boundary);
  }
  const session = scenario.sessionPolicy;
  if (present(session)) {
    limit('session', 'boundary', text('session-policy'), text('session-summary'), session);
  }
  const scps = Array.isArray(scenario.scps) ? scenario.scps : [];
  scps.forEach((scp, i) => {
    if (!present(scp.document)) return;
    const label = text('scp', scps.length > 1 ? { number: i + 1 } : {});
    limit(scp.id, 'scp', label, text('scp-summary'), scp.document);
  });
  // RCPs cap what anyone may do to the organization's resources, the endpoint policy what passes
  // through the VPC endpoint: both limit the role's requests as the SCPs do, so they sit beside them.
  const rcps = Array.isArray(scenario.rcps) ? scenario.rcps : [];
  rcps.forEach((rcp, i) => {
    if (!present(rcp.document)) return;
    const label = text('rcp', rcps.length > 1 ? { number: i + 1 } : {});
    limit(rcp.id, 'rcp', label, text('rcp-summary'), rcp.document);
  });
  const endpoint = scenario.endpointPolicy;
  if (present(endpoint)) {
    limit(
      'endpoint',
      'endpoint-policy',
      text('endpoint-policy'),
      text('endpoint-summary'),
      endpoint,
    );
  }
}
