import { useEffect, useRef, useState } from 'react';
import { useShowModal } from '../../ui/useShowModal';
import { scenarioDocs, toScenarioFile } from '../../core';
import { appCatalog } from '../../platform/appCatalog';
import { useStore } from '../../store';
import { useT } from '../../ui/useT';
import { layerName } from '../editor/layerName';
import { SeverityIcon } from '../editor/SeverityIcon';
import { severityLabel } from '../editor/severityText';
import { copyText, download, fileStem, pngOf } from './files';
import { policyExport, type PolicyExport } from './policyExport';
import './export.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'copy'; text: string };

/** The render module in its own chunk: loaded on the first export, never with the first graph. */
const loadRender = () => import('../../render');

/**
 * The Export dialog: the picture as PNG or SVG, the Markdown summary (downloaded or copied), the
 * scenario file, and the policy open in the editor as AWS-ready JSON with its findings.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const theme = useStore((s) => s.theme);
  const scenario = useStore((s) => s.scenario);
  const activeDoc = useStore((s) => s.activeDoc);
  const ref = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [policy, setPolicy] = useState<PolicyExport | undefined>();
  const docs = scenarioDocs(scenario);
  const doc = docs.find((d) => d.id === activeDoc) ?? docs[0];
  const docLabel = doc ? layerName(t, doc) : '';
  const stem = fileStem(scenario.role.name);

  useShowModal(ref);

  useEffect(() => {
    if (!doc) return;
    let cancelled = false;
    policyExport(doc, lang)
      .then((p) => {
        if (!cancelled) setPolicy(p);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [doc?.text, doc?.kind, doc?.managed, lang]); // eslint-disable-line react-hooks/exhaustive-deps

  const run = async (work: () => Promise<string | { copy: string }>) => {
    setStatus({ kind: 'busy' });
    try {
      const out = await work();
      if (typeof out === 'string') setStatus({ kind: 'done', text: out });
      else if (await copyText(out.copy)) setStatus({ kind: 'done', text: t('export.copied') });
      else setStatus({ kind: 'copy', text: out.copy });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'done', text: t('export.failed', { message }) });
    }
  };
  const rendered = async (format: 'svg' | 'md') =>
    (await loadRender()).renderScenario(scenario, appCatalog, { format, lang, theme });
  const saved = (blob: Blob, file: string) => {
    download(blob, file);
    return t('export.done', { file });
  };

  const picture = (kind: 'png' | 'svg') =>
    run(async () => {
      const svg = await rendered('svg');
      if (kind === 'svg') return saved(new Blob([svg], { type: 'image/svg+xml' }), `${stem}.svg`);
      return saved(await pngOf(svg), `${stem}.png`);
    });
  const markdown = (copy: boolean) =>
    run(async () => {
      const md = await rendered('md');
      return copy ? { copy: md } : saved(new Blob([md], { type: 'text/markdown' }), `${stem}.md`);
    });
  const scenarioFile = () =>
    run(async () => {
      const json = JSON.stringify(toScenarioFile(scenario), null, 2) + '\n';
      return saved(new Blob([json], { type: 'application/json' }), `${stem}.rolemap.json`);
    });
  const policyJson = (copy: boolean) =>
    run(async () => {
      if (!doc) return '';
      const json = (policy ?? (await policyExport(doc, lang))).json;
      const file = `${fileStem(doc.name || `${stem}-${doc.kind}`)}.json`;
      return copy ? { copy: json } : saved(new Blob([json], { type: 'application/json' }), file);
    });
  const busy = status.kind === 'busy';

  return (
    <dialog
      ref={ref}
      className="rm-dialog rm-export"
      aria-labelledby="rm-export-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="rm-export__head">
        <h2 id="rm-export-title">{t('export.menu')}</h2>
        <button type="button" onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
      <div className="rm-export__grid">
        <button type="button" disabled={busy} onClick={() => void picture('png')}>
          {t('export.png')}
        </button>
        <button type="button" disabled={busy} onClick={() => void picture('svg')}>
          {t('export.svg')}
        </button>
        <button type="button" disabled={busy} onClick={() => void markdown(false)}>
          {t('export.mdDownload')}
        </button>
        <button type="button" disabled={busy} onClick={() => void markdown(true)}>
          {t('export.mdCopy')}
        </button>
        <button type="button" disabled={busy} onClick={() => void scenarioFile()}>
          {t('export.scenario')}
        </button>
      </div>
      {doc ? (
        <section className="rm-export__policy" aria-labelledby="rm-export-policy">
          <h3 id="rm-export-policy">{t('export.policyHeading', { name: docLabel })}</h3>
          <p className="rm-export__hint">{t('export.policyHint')}</p>
          <div className="rm-export__row">
            <button type="button" disabled={busy} onClick={() => void policyJson(false)}>
              {t('export.policyDownload')}
            </button>
            <button type="button" disabled={busy} onClick={() => void policyJson(true)}>
              {t('export.policyCopy')}
            </button>
          </div>
          {policy === undefined ? (
            <p className="rm-export__hint">{t('problems.checking')}</p>
          ) : policy.findings.length === 0 ? (
            <p className="rm-export__clean">{t('export.policyClean')}</p>
          ) : (
            <>
              <p>{t('export.policyFindings')}</p>
              <ul className="rm-export__findings" data-testid="export-findings">
                {policy.findings.map((f, i) => (
                  <li key={i} data-severity={f.severity}>
                    <SeverityIcon severity={f.severity} />
                    <span className="rm-visually-hidden">{severityLabel(t, f.severity)}: </span>
                    <span>{f.message}</span>{' '}
                    <span className="rm-export__at">
                      {t('problems.position', { line: String(f.line), column: String(f.column) })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
      <p className="rm-export__status" role="status" aria-live="polite">
        {status.kind === 'busy' ? t('export.working') : status.kind === 'done' ? status.text : ''}
      </p>
      {status.kind === 'copy' ? (
        <label className="rm-export__copybox">
          {t('export.copyFailed')}
          <textarea
            readOnly
            value={status.text}
            aria-label={t('export.copyBox')}
            onFocus={(e) => e.target.select()}
            autoFocus
          />
        </label>
      ) : null}
    </dialog>
  );
}
