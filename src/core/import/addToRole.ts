/** Importing a file that holds only permission policies into the role already open, instead of a new role. */
import { newPermissionId } from '../scenario/ids';
import type { PermissionDocId, Scenario } from '../scenario/types';
import type { ImportResult } from './types';

/**
 * Whether an import holds permission policies but no trust policy of its own (get-role-policy,
 * get-policy-version, list-attached-role-policies, a permission policy): those can join the role
 * that is open, which keeps its trust policy.
 */
export function canAddToRole(result: ImportResult): boolean {
  return (
    result.ok &&
    result.notes.some((n) => n.code === 'no-trust-policy') &&
    result.scenario.role.permissionPolicies.length > 0
  );
}

/**
 * The open scenario with the imported permission policies added after its own (nothing of it is
 * replaced); a name already in use gets a number, as policy names must differ.
 */
export function withAddedPolicies(
  base: Scenario,
  imported: Scenario,
): { scenario: Scenario; added: PermissionDocId[] } {
  let scenario = base;
  const added: PermissionDocId[] = [];
  for (const p of imported.role.permissionPolicies) {
    const taken = new Set(scenario.role.permissionPolicies.map((q) => q.name));
    let name = p.name;
    for (let n = 2; taken.has(name); n++) name = `${p.name}-${n}`;
    const id = newPermissionId(scenario);
    added.push(id);
    const list = [...scenario.role.permissionPolicies, { ...p, id, name }];
    scenario = { ...scenario, role: { ...scenario.role, permissionPolicies: list } };
  }
  return { scenario, added };
}
