import { useEffect, useState } from 'react';

/**
 * Returns `value` once it has stopped changing for `ms` milliseconds; with `ms` 0 or less, `value`
 * itself at once (no timer), remembered so that a later delay starts from it.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  const immediate = ms <= 0;
  // React's "adjust state while rendering": no effect, no timer, no extra commit.
  if (immediate && debounced !== value) setDebounced(() => value);
  useEffect(() => {
    if (immediate) return;
    const id = setTimeout(() => setDebounced(() => value), ms);
    return () => clearTimeout(id);
  }, [value, ms, immediate]);
  return immediate ? value : debounced;
}
