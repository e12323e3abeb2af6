import { useEffect, useState } from 'react';
import type { PermissionPolicy } from '../../core';
import { appManagedPolicies } from '../../platform/managedPolicies/appLookup';

/**
 * AWS's text of each managed policy this page has looked up, by name. A policy marked managed is
 * shown read-only exactly while its text is AWS's, verbatim: the seed's commented copy of
 * AmazonSSMManagedInstanceCore stays editable (editing makes it an inline copy, see madeInline),
 * while a policy attached from the picker, or imported from an ARN, is AWS's own and read-only.
 */
const known = new Map<string, string | null>();

/** Records AWS's text of a policy the picker has just attached, so its editor opens read-only at once. */
export function rememberAwsText(name: string, document: string): void {
  known.set(name, document);
}

/** True while a managed permission policy holds AWS's current text of the policy of its name. */
export function useIsAwsText(policy: PermissionPolicy | undefined): boolean {
  const name = policy?.managed ? policy.name : undefined;
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (name === undefined || known.has(name)) return;
    let live = true;
    appManagedPolicies.byName(name).then(
      (found) => {
        known.set(name, found?.document ?? null);
        if (live) setVersion((v) => v + 1);
      },
      // Not loadable now: the policy stays editable, as before this feature; a later view retries.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [name]);
  return name !== undefined && policy !== undefined && known.get(name) === policy.document;
}
