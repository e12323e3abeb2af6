import { useId, useRef, useState } from 'react';
import { useShowModal } from '../../ui/useShowModal';
import { canAddToRole, type ManagedPolicyByArn, type Scenario } from '../../core';
import { appManagedPolicies } from '../../platform/managedPolicies/appLookup';
import { importErrorText, importFormatName, importNoteText } from '../../i18n/engine/import';
import { useStore } from '../../store';
import { useT } from '../../ui/useT';
import { useImportPreview } from './useImportPreview';
import './import.css';

/** A file handed to the dialog (dropped on the page, or chosen in it): its name and text. */
export interface ImportInput {
  name?: string;
  text: string;
}

/**
 * The import dialog: choose a file, paste its text or drop it on the page; the detected format,
 * the role it holds (a picker where there are several) and any notes show before anything
 * changes. "Import" hands the scenario to `onImport`, which asks before replacing the workspace;
 * policies without a trust policy of their own can instead join the open role (`onAdd`).
 */
export function ImportDialog({
  initial,
  managedPolicies = appManagedPolicies,
  onImport,
  onAdd,
  onClose,
}: {
  initial?: ImportInput;
  /** Where AWS managed policy ARNs are looked up (the bundled catalog). */
  managedPolicies?: ManagedPolicyByArn;
  onImport: (scenario: Scenario) => void;
  onAdd: (scenario: Scenario) => void;
  onClose: () => void;
}) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const openRole = useStore((s) => s.scenario.role.name);
  const ref = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [text, setText] = useState(initial?.text ?? '');
  const [fileName, setFileName] = useState(initial?.name);
  const [readError, setReadError] = useState<string>();
  const [role, setRole] = useState<string>();
  // Read once without a role (which lists the roles to pick from), then with the chosen one.
  const first = useImportPreview(text, undefined, managedPolicies);
  const chosen = useImportPreview(role !== undefined ? text : '', role, managedPolicies);
  const preview = role !== undefined ? chosen : first;
  const roles = first && !first.ok ? first.roles : undefined;

  useShowModal(ref);

  const takeText = (next: string, name?: string) => {
    setText(next);
    setFileName(name);
    setRole(undefined);
    setReadError(undefined);
  };
  const onFile = (file: File | undefined) => {
    if (!file) return;
    file.text().then(
      (content) => takeText(content, file.name),
      () => setReadError(t('import.readFailed', { name: file.name })),
    );
  };

  const ok = preview?.ok === true ? preview : undefined;
  const picking = roles !== undefined && roles.length > 1;
  const addable = preview !== undefined && canAddToRole(preview);
  return (
    <dialog
      ref={ref}
      className="rm-dialog rm-import"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-intro`}
      onCancel={onClose}
    >
      <h2 id={`${ids}-title`}>{t('import.title')}</h2>
      <p id={`${ids}-intro`} className="rm-import__intro">
        {t('import.intro')}
      </p>
      <div className="rm-import__file">
        <label className="rm-import__file-button">
          {t('import.file')}
          <input
            type="file"
            accept=".json,.jsonc,.yaml,.yml,.template,.txt,application/json,application/yaml,text/plain"
            onChange={(e) => onFile(e.target.files?.[0])}
          />
        </label>
        {fileName !== undefined ? (
          <span className="rm-mono">{t('import.fileChosen', { name: fileName })}</span>
        ) : null}
      </div>
      <label className="rm-import__paste">
        {t('import.paste')}
        <textarea
          value={text}
          spellCheck={false}
          rows={7}
          className="rm-mono"
          onChange={(e) => takeText(e.target.value)}
        />
      </label>
      <div className="rm-import__status" role="status" aria-live="polite">
        {readError !== undefined ? (
          <p className="rm-import__error">{readError}</p>
        ) : preview === undefined ? (
          <p>{t('import.waiting')}</p>
        ) : (
          <>
            {preview.format !== undefined ? (
              <p>{t('import.detected', { format: importFormatName(lang, preview.format) })}</p>
            ) : null}
            {ok ? (
              <p>
                {t('import.summary', {
                  role: ok.scenario.role.name,
                  count: ok.scenario.role.permissionPolicies.length,
                })}
              </p>
            ) : preview.ok || (picking && preview.error.code === 'choose-role') ? null : (
              <p className="rm-import__error">
                {t('import.error', { message: importErrorText(lang, preview.error) })}
              </p>
            )}
          </>
        )}
      </div>
      {picking ? (
        <label className="rm-import__role">
          {t('import.rolesFound', { count: roles.length })}
          <select
            aria-label={t('import.role')}
            value={role ?? ''}
            onChange={(e) => setRole(e.target.value === '' ? undefined : e.target.value)}
          >
            <option value="" disabled>
              {t('import.role')}
            </option>
            {roles.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {addable ? <p>{t('import.addHint', { role: openRole })}</p> : null}
      {ok && ok.notes.length > 0 ? (
        <section className="rm-import__notes" aria-label={t('import.notes')}>
          <h3>{t('import.notes')}</h3>
          <ul>
            {ok.notes.map((n, i) => (
              <li key={i}>{importNoteText(lang, n)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="rm-dialog__actions">
        <button type="button" onClick={onClose}>
          {t('import.cancel')}
        </button>
        {ok && addable ? (
          <button type="button" onClick={() => onAdd(ok.scenario)}>
            {t('import.addTo', { role: openRole })}
          </button>
        ) : null}
        {ok ? (
          <button type="button" className="rm-primary" onClick={() => onImport(ok.scenario)}>
            {t('import.submit', { role: ok.scenario.role.name })}
          </button>
        ) : null}
      </div>
    </dialog>
  );
}
