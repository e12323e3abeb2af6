/** Nodes for what caps the role's permissions: permissions boundary, session policy, SCPs. */
import type { Scenario } from '../core/scenario/types';
import type { GraphAccumulator } from './GraphAccumulator';
import { CHAIN_IDS } from './trustChain';

/** A document counts as present when the scenario has it at all (as the editor shows a tab for it). */
function present(text: unknown): text is string {
  return typeof text === 'string';
}

/**
 * Attaches a node for each policy that limits the role (boundary, session policy, each SCP) to the
 * role node, so a learner sees that the permission policies are not the whole story.
 * A session policy is drawn with kind 'boundary' (it also only narrows, never grants).
 */
export function addRoleLimits(acc: GraphAccumulator, scenario: Scenario): void {
  const boundary = scenario.role.permissionsBoundary;
  if (present(boundary)) {
    acc.addNode({
      id: 'boundary',
      kind: 'boundary',
      label: 'Permissions boundary',
      detail: 'limits the most the role’s policies can grant',
      source: { doc: 'boundary', path: [], start: 0, end: boundary.length },
    });
    acc.addEdge(CHAIN_IDS.role, 'boundary', 'limited by');
  }
  const session = scenario.sessionPolicy;
  if (present(session)) {
    acc.addNode({
      id: 'session-policy',
      kind: 'boundary',
      label: 'Session policy',
      detail: 'limits what this session may do',
      source: { doc: 'session', path: [], start: 0, end: session.length },
    });
    acc.addEdge(CHAIN_IDS.role, 'session-policy', 'limited by');
  }
  const scps = Array.isArray(scenario.scps) ? scenario.scps : [];
  scps.forEach((scp, i) => {
    if (!present(scp)) return;
    const id = `scp:${i}`;
    acc.addNode({
      id,
      kind: 'scp',
      label: scps.length > 1 ? `Service control policy ${i + 1}` : 'Service control policy',
      detail: 'limits what the role’s account may do',
      source: { doc: id, path: [], start: 0, end: scp.length },
    });
    acc.addEdge(CHAIN_IDS.role, id, 'limited by');
  });
}
