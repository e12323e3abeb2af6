import { useMemo } from 'react';
import { importDocument, type ImportResult, type ManagedPolicyLookup } from '../../core';

/**
 * What the text in the import dialog would import, re-read whenever the text or the chosen role
 * changes; the engine bounds its work, so this is safe to run on every paste.
 */
export function useImportPreview(
  text: string,
  role: string | undefined,
  managedPolicy?: ManagedPolicyLookup,
): ImportResult | undefined {
  return useMemo(() => {
    if (text.trim() === '') return undefined;
    return importDocument(text, {
      ...(role !== undefined ? { role } : {}),
      ...(managedPolicy ? { managedPolicy } : {}),
    });
  }, [text, role, managedPolicy]);
}
