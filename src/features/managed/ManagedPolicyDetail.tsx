import type { ManagedPolicyEntry } from '../../core';
import { useT } from '../../ui/useT';

interface Props {
  entry: ManagedPolicyEntry;
  /** The role already has a permission policy of this name: the button shows it instead. */
  existing: boolean;
  busy: boolean;
  error: string | undefined;
  onAttach: () => void;
}

/** The chosen AWS managed policy: its ARN, path and description (when the data has one), and "Attach". */
export function ManagedPolicyDetail({ entry, existing, busy, error, onAttach }: Props) {
  const t = useT();
  return (
    <div className="rm-managed__detail">
      <dl>
        <dt>{t('managed.arn')}</dt>
        <dd lang="en">{entry.arn}</dd>
        {entry.description ? (
          <>
            <dt>{t('managed.description')}</dt>
            <dd lang="en">{entry.description}</dd>
          </>
        ) : null}
      </dl>
      {existing ? (
        <p className="rm-managed__note">{t('managed.already', { name: entry.name })}</p>
      ) : null}
      {error ? (
        <p className="rm-managed__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="rm-dialog__actions">
        <button type="button" className="rm-managed__attach" disabled={busy} onClick={onAttach}>
          {busy
            ? t('managed.attaching')
            : existing
              ? t('managed.show', { name: entry.name })
              : t('managed.attach', { name: entry.name })}
        </button>
      </div>
    </div>
  );
}
