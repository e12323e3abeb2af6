/**
 * The AWS managed policy lookup for the browser app: the build plugin's chunks (vitePlugin.ts),
 * loaded on first use from the page's own origin. APP CODE ONLY (the CLI uses nodeLookup.ts).
 */
import { asOf, chunks, count, loadIndex } from 'virtual:rolemap-managed-policies';
import type { ManagedPolicyLookup } from '../../core';
import { createManagedLookup } from './lookup';

/** The app's one lookup (its loads are cached for the page's lifetime). */
export const appManagedPolicies: ManagedPolicyLookup = createManagedLookup({
  asOf,
  count,
  loadIndex,
  loadChunk: async (n) => {
    const load = chunks[n];
    return load ? load() : {};
  },
  chunkCount: chunks.length,
});
