import { useEffect, useMemo, useState } from 'react';
import {
  importDocument,
  importResolving,
  type ImportResult,
  type ManagedPolicyByArn,
} from '../../core';

/**
 * What the text in the import dialog would import, re-read whenever the text or the chosen role
 * changes (the engine bounds its work, so this is safe on every paste): at once with AWS managed
 * ARNs as placeholders, then with them resolved once the bundled catalog has answered.
 */
export function useImportPreview(
  text: string,
  role: string | undefined,
  managedPolicies?: ManagedPolicyByArn,
): ImportResult | undefined {
  const quick = useMemo(
    () =>
      text.trim() === '' ? undefined : importDocument(text, role !== undefined ? { role } : {}),
    [text, role],
  );
  const [resolved, setResolved] = useState<{ text: string; role?: string; result: ImportResult }>();
  useEffect(() => {
    if (!managedPolicies || !quick) return;
    let live = true;
    void importResolving(text, role !== undefined ? { role } : {}, managedPolicies).then(
      (result) => {
        if (live) setResolved({ text, ...(role !== undefined ? { role } : {}), result });
      },
    );
    return () => {
      live = false;
    };
  }, [text, role, managedPolicies, quick]);
  return resolved && resolved.text === text && resolved.role === role ? resolved.result : quick;
}
