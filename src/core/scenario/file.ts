/** Between the scenario file (PRODUCT.md's contract, no ids) and the scenario Rolemap works on. */
import type { Scenario, ScenarioFile } from './types';

/** The scenario as a file: what share links, exports and the CLI write (ids dropped, SCPs and RCPs as texts). */
export function toScenarioFile(scenario: Scenario): ScenarioFile {
  const { role } = scenario;
  const file: ScenarioFile = {
    rolemap: 1,
    ...(scenario.title !== undefined ? { title: scenario.title } : {}),
    role: {
      name: role.name,
      ...(role.account !== undefined ? { account: role.account } : {}),
      ...(role.maxSessionDuration !== undefined
        ? { maxSessionDuration: role.maxSessionDuration }
        : {}),
      trustPolicy: role.trustPolicy,
      permissionPolicies: role.permissionPolicies.map((p) => ({
        name: p.name,
        managed: p.managed,
        document: p.document,
      })),
      ...(role.permissionsBoundary !== undefined
        ? { permissionsBoundary: role.permissionsBoundary }
        : {}),
    },
    ...(scenario.sessionPolicy !== undefined ? { sessionPolicy: scenario.sessionPolicy } : {}),
    ...(scenario.scps !== undefined ? { scps: scenario.scps.map((s) => s.document) } : {}),
    ...(scenario.rcps !== undefined ? { rcps: scenario.rcps.map((s) => s.document) } : {}),
    ...(scenario.endpointPolicy !== undefined ? { endpointPolicy: scenario.endpointPolicy } : {}),
    ...(scenario.resourcePolicy !== undefined ? { resourcePolicy: scenario.resourcePolicy } : {}),
  };
  return file;
}

/** Whether two scenarios hold the same content (ids aside): "does this link differ from my work?". */
export function sameContent(a: Scenario, b: Scenario): boolean {
  return JSON.stringify(toScenarioFile(a)) === JSON.stringify(toScenarioFile(b));
}
