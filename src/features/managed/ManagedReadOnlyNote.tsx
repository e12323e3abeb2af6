import type { PermissionPolicy } from '../../core';
import { appManagedPolicies } from '../../platform/managedPolicies/appLookup';
import { useStore } from '../../store';
import { asOfText } from '../../render/asOf';
import { useT } from '../../ui/useT';
import { inlineCopyName } from './inlineName';
import './managed.css';

/**
 * Above a read-only AWS managed policy: says so, and offers "Copy as inline policy", which adds
 * an editable inline copy (`<Name>-inline`) beside it and opens that copy.
 */
export function ManagedReadOnlyNote({
  policy,
  readOnly,
}: {
  policy: PermissionPolicy;
  readOnly: boolean;
}) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const policies = useStore((s) => s.scenario.role.permissionPolicies);
  const add = useStore((s) => s.addPermissionPolicy);
  const copy = () => {
    const name = inlineCopyName(t, policy.name, new Set(policies.map((p) => p.name)));
    add(name, policy.document);
  };
  return (
    <div className="rm-managed-note" role="note" aria-label={t('managed.readOnly')}>
      <span className="rm-managed-note__label">{t('managed.readOnly')}</span>
      <span className="rm-managed-note__hint">
        {t('managed.readOnlyHint', {
          name: policy.name,
          date: asOfText(appManagedPolicies.asOf, lang),
        })}
      </span>
      {readOnly ? null : (
        <button type="button" onClick={copy}>
          {t('managed.copyInline')}
        </button>
      )}
    </div>
  );
}
