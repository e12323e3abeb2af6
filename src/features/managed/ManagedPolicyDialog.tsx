import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ManagedPolicyEntry } from '../../core';
import { appManagedPolicies } from '../../platform/managedPolicies/appLookup';
import { useStore } from '../../store';
import { asOfText } from '../../render/asOf';
import { useT } from '../../ui/useT';
import { rememberAwsText } from './awsText';
import { SHOWN, useManagedSearch } from './useManagedSearch';
import { ManagedPolicyDetail } from './ManagedPolicyDetail';
import './managed.css';

const optionId = (i: number) => `rm-managed-option-${i}`;

/**
 * The AWS managed policy picker: a search box over every bundled AWS managed policy (a combobox
 * whose list the arrow keys walk; Enter attaches), the chosen policy's details and "Attach".
 */
export function ManagedPolicyDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const policies = useStore((s) => s.scenario.role.permissionPolicies);
  const attachPolicy = useStore((s) => s.attachManagedPolicy);
  const setActiveDoc = useStore((s) => s.setActiveDoc);
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const { state, retry } = useManagedSearch(query);
  const [activeName, setActiveName] = useState<string | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // showModal focuses the first button; the search box is where the picker starts.
    input.current?.focus();
  }, []);

  const entries = state.status === 'ready' ? state.found.entries : [];
  const found = entries.findIndex((e) => e.name === activeName);
  const active = found >= 0 ? found : 0;
  const entry: ManagedPolicyEntry | undefined = entries[active];
  const existing = entry ? policies.find((p) => p.name === entry.name) : undefined;

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const attach = async (chosen: ManagedPolicyEntry | undefined) => {
    if (!chosen || busy) return;
    const same = policies.find((p) => p.name === chosen.name);
    if (same) {
      setActiveDoc(same.id);
      onClose();
      return;
    }
    setBusy(true);
    setFailed(undefined);
    try {
      const doc = await appManagedPolicies.byArn(chosen.arn);
      if (!doc) return setFailed(t('managed.missing', { name: chosen.name }));
      rememberAwsText(doc.name, doc.document);
      attachPolicy(doc.name, doc.document);
      onClose();
    } catch {
      setFailed(t('managed.failed'));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step && entries.length) {
      e.preventDefault();
      setActiveName(entries[(active + step + entries.length) % entries.length]?.name);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // Results of an older query are on screen: attach the best match of what was typed.
      if (state.status === 'ready' && state.query === query) void attach(entry);
      else
        void appManagedPolicies.search(query, 1).then(
          (r) => attach(r.entries[0]),
          () => setFailed(t('managed.failed')),
        );
    }
  };

  const asOf = asOfText(appManagedPolicies.asOf, lang);
  const num = (n: number) => n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');
  const status =
    state.status === 'loading'
      ? t('managed.loading')
      : state.status === 'failed'
        ? t('managed.failed')
        : state.found.total === 0
          ? t('managed.none', { query: state.query.trim() })
          : state.found.total > SHOWN
            ? t('managed.countCapped', { n: num(state.found.total), shown: SHOWN })
            : state.found.total === 1
              ? t('managed.countOne')
              : t('managed.count', { n: num(state.found.total) });

  return (
    <dialog
      ref={ref}
      className="rm-dialog rm-managed"
      aria-labelledby="rm-managed-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="rm-managed__head">
        <h2 id="rm-managed-title">{t('managed.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('managed.close')}
        </button>
      </div>
      <p className="rm-managed__intro">{t('managed.intro')}</p>
      <p className="rm-managed__asof">
        {t('managed.asOf', {
          count: num(appManagedPolicies.count),
          date: asOf,
        })}
      </p>
      <label className="rm-managed__label" htmlFor="rm-managed-search">
        {t('managed.search')}
      </label>
      <input
        id="rm-managed-search"
        className="rm-managed__search"
        ref={input}
        type="text"
        role="combobox"
        aria-expanded={entries.length > 0}
        aria-controls="rm-managed-list"
        aria-autocomplete="list"
        aria-activedescendant={entry ? optionId(active) : undefined}
        aria-describedby="rm-managed-hint rm-managed-status"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="rm-managed-hint" className="rm-managed__hint">
        {t('managed.searchHint')}
      </p>
      <p id="rm-managed-status" className="rm-managed__status" role="status">
        {status}
        {state.status === 'failed' ? (
          <button type="button" onClick={retry}>
            {t('managed.retry')}
          </button>
        ) : null}
      </p>
      <ul
        id="rm-managed-list"
        className="rm-managed__list"
        role="listbox"
        aria-label={t('managed.results')}
      >
        {entries.map((e, i) => (
          <li
            key={e.name}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="rm-managed__option"
            onClick={() => setActiveName(e.name)}
            onDoubleClick={() => void attach(e)}
          >
            <span className="rm-managed__name" lang="en">
              {e.name}
            </span>
            <span className="rm-managed__meta">
              <span lang="en">{e.path}</span> · {t('managed.version', { version: e.version })}
              {e.updated ? (
                <> · {t('managed.updated', { date: asOfText(e.updated, lang) })}</>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {entry ? (
        <ManagedPolicyDetail
          entry={entry}
          existing={existing !== undefined}
          busy={busy}
          error={failed}
          onAttach={() => void attach(entry)}
        />
      ) : null}
    </dialog>
  );
}
