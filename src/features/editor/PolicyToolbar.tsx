import { useState } from 'react';
import type { DocKind, ScenarioDoc } from '../../core';
import type { PlainKey } from '../../i18n';
import { useT } from '../../ui/useT';
import { useStore } from '../../store';
import { TabIndentToggle } from './TabIndentToggle';

/** What each kind of document decides, shown above its editor. */
const KIND_HINT = {
  trust: 'editor.kind.trust',
  identity: 'editor.kind.identity',
  boundary: 'editor.kind.boundary',
  session: 'editor.kind.session',
  scp: 'editor.kind.scp',
  resource: 'editor.kind.resource',
  rcp: 'editor.kind.rcp',
  endpoint: 'editor.kind.endpoint',
} as const satisfies Record<DocKind, PlainKey>;

/**
 * Rename or remove the active permission policy; the trust policy is always there and cannot be
 * removed. `locked`: an AWS managed policy with AWS's text, which keeps AWS's name (remove only).
 */
export function PolicyToolbar({
  doc,
  readOnly,
  locked = false,
}: {
  doc: ScenarioDoc;
  readOnly: boolean;
  locked?: boolean;
}) {
  const t = useT();
  const policies = useStore((s) => s.scenario.role.permissionPolicies);
  const rename = useStore((s) => s.renamePermissionPolicy);
  const remove = useStore((s) => s.removeDoc);
  const madeInline = useStore((s) => s.madeInline);
  const [editing, setEditing] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const policy = doc.kind === 'identity' ? policies.find((p) => p.id === doc.id) : undefined;

  if (!policy) {
    return (
      <div className="rm-toolbar">
        <span className="rm-toolbar__hint">{t(KIND_HINT[doc.kind])}</span>
        <TabIndentToggle />
      </div>
    );
  }

  const commit = () => {
    if (editing === undefined) return;
    const name = editing.trim();
    if (!name) return setError(t('editor.nameEmpty'));
    if (policies.some((p) => p.id !== policy.id && p.name === name))
      return setError(t('editor.nameTaken'));
    rename(policy.id, name);
    setEditing(undefined);
    setError(undefined);
  };

  return (
    <div className="rm-toolbar">
      <span className="rm-toolbar__hint">
        <span
          className={`rm-badge rm-badge--${policy.managed ? 'managed' : 'inline'}`}
          title={policy.managed ? t('editor.managedHint') : t('editor.inlineHint')}
        >
          {policy.managed ? t('editor.managed') : t('editor.inline')}
        </span>{' '}
        {t('editor.kind.identity')}
      </span>
      {madeInline === policy.id && !policy.managed ? (
        <span className="rm-toolbar__notice" role="status">
          {t('editor.madeInline')}
        </span>
      ) : null}
      <TabIndentToggle />
      {readOnly ? null : editing !== undefined ? (
        <form
          className="rm-rename"
          onSubmit={(e) => {
            e.preventDefault();
            commit();
          }}
        >
          <input
            aria-label={t('editor.renamePrompt')}
            value={editing}
            autoFocus
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setEditing(undefined);
                setError(undefined);
              }
            }}
            aria-invalid={error ? true : undefined}
          />
          <button type="submit">{t('editor.renamePolicy')}</button>
          {error ? (
            <span className="rm-rename__error" role="alert">
              {error}
            </span>
          ) : null}
        </form>
      ) : (
        <span className="rm-toolbar__actions">
          {locked ? null : (
            <button type="button" onClick={() => setEditing(policy.name)}>
              {t('editor.renamePolicy')}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t('editor.removeConfirm', { name: policy.name })))
                remove(policy.id);
            }}
          >
            {t('editor.removePolicy')}
          </button>
        </span>
      )}
    </div>
  );
}
