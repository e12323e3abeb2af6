import { useEffect, useState } from 'react';
import type { ManagedPolicySearch } from '../../core';
import { appManagedPolicies } from '../../platform/managedPolicies/appLookup';

/** How many matches the picker lists at once (the count says how many there are in all). */
export const SHOWN = 50;

export type SearchState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; query: string; found: ManagedPolicySearch };

/** Searches the bundled AWS managed policies as the query changes; the first call loads the index chunk. */
export function useManagedSearch(query: string): { state: SearchState; retry: () => void } {
  const [state, setState] = useState<SearchState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    appManagedPolicies.search(query, SHOWN).then(
      (found) => {
        if (live) setState({ status: 'ready', query, found });
      },
      () => {
        if (live) setState({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [query, attempt]);
  return {
    state,
    retry: () => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    },
  };
}
