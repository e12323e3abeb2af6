import { importDocument } from './importDocument';
import type { ImportOptions, ImportResult, ResolvedManagedPolicy } from './types';

/** The AWS managed policies' lookup, as the bundled catalog gives it (src/core/catalog/managedPolicies.ts). */
export interface ManagedPolicyByArn {
  byArn(arn: string): Promise<ResolvedManagedPolicy | undefined>;
}

/** Past this many distinct managed ARNs in one file the rest stay placeholders (each is a lookup). */
const MAX_ARNS = 500;

/**
 * Imports with AWS managed policy ARNs resolved through the bundled catalog, which loads its
 * documents lazily: a first read collects the ARNs the input names, they are looked up, and a
 * second read uses what was found. A lookup that fails leaves that policy a visible placeholder.
 */
export async function importResolving(
  text: string,
  options: Omit<ImportOptions, 'managedPolicy'>,
  lookup: ManagedPolicyByArn,
): Promise<ImportResult> {
  const wanted = new Set<string>();
  const first = importDocument(text, {
    ...options,
    managedPolicy: (arn) => {
      if (wanted.size < MAX_ARNS) wanted.add(arn);
      return undefined;
    },
  });
  if (wanted.size === 0) return first;
  const found = new Map<string, ResolvedManagedPolicy>();
  await Promise.all(
    [...wanted].map(async (arn) => {
      try {
        const entry = await lookup.byArn(arn);
        if (entry) found.set(arn, { name: entry.name, document: entry.document });
      } catch {
        // The data could not be loaded: the policy stays a placeholder with its note.
      }
    }),
  );
  return importDocument(text, { ...options, managedPolicy: (arn) => found.get(arn) });
}
