import { useEffect, useId, useMemo, useState, type RefObject } from 'react';
import type { Finding, Severity } from '../../core';
import type { DocId } from '../../core';
import { useStore } from '../../store';
import { useT } from '../../ui/useT';
import { copyAwsReadyJson, onAwsJsonCopy, type CopyOutcome } from './awsJsonCopy';
import type { EditorApi } from './editorApi';
import { SeverityIcon } from './SeverityIcon';
import { loadLintRunner } from './loadLintRunner';
import { SEVERITY_ORDER, severityLabel, summaryText } from './severityText';
import type { DocFindings } from './useFindings';
import type { RiskRow } from '../graph/useRisks';
import './problems.css';

/** Beyond this many rows the list says "… and N more": a huge policy must not flood the DOM. */
const MAX_ROWS = 200;

const RANK: Record<Severity, number> = { error: 0, security: 1, warning: 2, suggestion: 3 };

interface Props {
  docId: DocId;
  /** The document's current text. */
  text: string;
  /** The latest findings for this document (possibly for an older text while typing). */
  result: DocFindings | undefined;
  readOnly: boolean;
  editor: RefObject<EditorApi | null>;
  /** The risk lens's findings (while the "Risks" toggle is on): those granted in this document are listed. */
  risks?: readonly RiskRow[];
}

/** A risk granted in this document, and the card whose statement grants it here. */
interface RiskItem {
  row: RiskRow;
  at: RiskRow['sources'][number];
}

type Item = { kind: 'lint'; finding: Finding } | { kind: 'risk'; risk: RiskItem };

/** 1-based line and column of a 0-based offset (as findings' ranges count them). */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return { line, column: end - start + 1 };
}

/**
 * The problems under the editor: each finding of the active policy with its severity (icon and
 * word), message, code and position; click to jump, one-click fixes, and "Copy as AWS-ready JSON"
 * on the comment finding. Collapsible; the header counts findings per severity.
 */
export function ProblemsPanel({ docId, text, result, readOnly, editor, risks }: Props) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const listId = useId();
  const setDocText = useStore((s) => s.setDocText);
  const selectNode = useStore((s) => s.selectNode);
  const [open, setOpen] = useState(true);
  const [copy, setCopy] = useState<CopyOutcome | undefined>();
  useEffect(() => onAwsJsonCopy(setCopy), []);

  const fresh = result !== undefined && result.text === text;
  const findings = useMemo(
    () =>
      [...(result?.findings ?? [])].sort(
        (a, b) =>
          RANK[a.severity] - RANK[b.severity] || a.range.start.offset - b.range.start.offset,
      ),
    [result],
  );

  const riskItems = useMemo(
    () =>
      (risks ?? []).flatMap((row): RiskItem[] => {
        const at = row.sources.find((x) => x.source.doc === docId);
        return at ? [{ row, at }] : [];
      }),
    [risks, docId],
  );
  const summary = useMemo(
    () =>
      result
        ? {
            ...result.summary,
            security: result.summary.security + riskItems.length,
            total: result.summary.total + riskItems.length,
          }
        : undefined,
    [result, riskItems],
  );
  // Risks are security findings: after errors, among the security warnings, by position.
  const items = useMemo(() => {
    const all: { item: Item; rank: number; offset: number }[] = [
      ...findings.map((f) => ({
        item: { kind: 'lint' as const, finding: f },
        rank: RANK[f.severity],
        offset: f.range.start.offset,
      })),
      ...riskItems.map((r) => ({
        item: { kind: 'risk' as const, risk: r },
        rank: RANK.security,
        offset: r.at.source.start,
      })),
    ];
    return all.sort((a, b) => a.rank - b.rank || a.offset - b.offset).map((x) => x.item);
  }, [findings, riskItems]);

  const jumpToRisk = ({ at }: RiskItem) => {
    const { start, end } = at.source;
    if (editor.current) {
      editor.current.reveal(start, end);
      selectNode(at.node);
    } else selectNode(at.node, { doc: docId, start, end });
  };

  const jump = (f: Finding) => {
    const start = f.range.start.offset;
    const end = f.range.end.offset;
    if (editor.current) editor.current.reveal(start, end);
    else selectNode(undefined, { doc: docId, start, end });
  };

  const fix = (f: Finding) => {
    if (!f.fix || !result || result.text !== text) return;
    const label = result.words.fixTitle(lang, f.fix);
    const applied = editor.current?.applyEdits(result.text, f.fix.edits, label) ?? false;
    if (applied) return;
    const edits = f.fix.edits;
    void loadLintRunner().then((lint) => setDocText(docId, lint.applyEdits(text, edits)));
  };

  return (
    <div className="rm-problems" role="region" aria-label={t('problems.title')}>
      <div className="rm-problems__head">
        <button
          type="button"
          className="rm-problems__toggle"
          aria-expanded={open}
          aria-controls={listId}
          title={open ? t('problems.hide') : t('problems.show')}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="rm-problems__chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className="rm-problems__title">{t('problems.title')}</span>
          <span className="rm-problems__counts" aria-hidden="true">
            {SEVERITY_ORDER.filter((s) => (summary?.[s] ?? 0) > 0).map((s) => (
              <span key={s} className={`rm-count rm-sev--${s}`}>
                <SeverityIcon severity={s} size={12} />
                {summary?.[s]}
              </span>
            ))}
          </span>
          {/* A space, so the accessible name reads "Problems 1 error", not "Problems1 error". */}{' '}
          <span className="rm-sr-only">
            {summary ? summaryText(t, summary) : t('problems.checking')}
          </span>
        </button>
      </div>
      {copy ? (
        copy.ok ? (
          <div className="rm-problems__copy" role="status">
            <span>{t('problems.copied')}</span>
            <button type="button" onClick={() => setCopy(undefined)}>
              {t('problems.close')}
            </button>
          </div>
        ) : (
          <div className="rm-problems__copy rm-problems__copy--manual" role="status">
            <label>
              <span>{t('problems.copyFailed')}</span>
              <textarea
                readOnly
                rows={6}
                value={copy.text}
                aria-label={t('problems.copyBox')}
                onFocus={(e) => e.currentTarget.select()}
                autoFocus
              />
            </label>
            <button type="button" onClick={() => setCopy(undefined)}>
              {t('problems.close')}
            </button>
          </div>
        )
      ) : null}
      <div id={listId} className="rm-problems__body" hidden={!open} aria-busy={!fresh}>
        {!result ? (
          <p className="rm-problems__empty">{t('problems.checking')}</p>
        ) : items.length === 0 ? (
          <p className="rm-problems__empty">{t('problems.none')}</p>
        ) : (
          <ul className="rm-problems__list" aria-label={t('problems.list')}>
            {items.slice(0, MAX_ROWS).map((item, i) => {
              if (item.kind === 'risk') {
                const { row } = item.risk;
                const at = lineColumn(text, item.risk.at.source.start);
                return (
                  <li
                    key={`risk:${row.id}`}
                    className={`rm-problem rm-problem--risk${fresh ? '' : ' is-stale'}`}
                    data-code={`risk:${row.id}`}
                    data-severity="security"
                    data-risk={row.category}
                  >
                    <button
                      type="button"
                      className="rm-problem__jump"
                      onClick={() => jumpToRisk(item.risk)}
                    >
                      <span className="rm-problem__sev rm-sev--security">
                        <SeverityIcon severity="security" />
                        {severityLabel(t, 'security')}
                      </span>
                      <span className="rm-problem__msg">
                        {t('risk.finding', {
                          category: t(`risk.category.${row.category}`),
                          why: t(`risk.why.${row.id}`),
                        })}{' '}
                        <span className="rm-problem__doc">
                          {t('risk.doc', { title: t(`risk.doc.${row.doc}`) })}
                        </span>
                      </span>
                      <span className="rm-problem__meta">
                        <code>{row.actions.map((p) => p.join(' | ')).join(' + ')}</code>{' '}
                        {t('problems.position', {
                          line: String(at.line),
                          column: String(at.column),
                        })}
                      </span>
                    </button>
                  </li>
                );
              }
              const f = item.finding;
              return (
                <li
                  key={`${f.code}:${f.range.start.offset}:${i}`}
                  className={`rm-problem${fresh ? '' : ' is-stale'}`}
                  data-code={f.code}
                  data-severity={f.severity}
                >
                  <button type="button" className="rm-problem__jump" onClick={() => jump(f)}>
                    <span className={`rm-problem__sev rm-sev--${f.severity}`}>
                      <SeverityIcon severity={f.severity} />
                      {severityLabel(t, f.severity)}
                    </span>
                    <span className="rm-problem__msg">{result?.words.message(lang, f)}</span>
                    <span className="rm-problem__meta">
                      <code>{f.code}</code>{' '}
                      {t('problems.position', {
                        line: String(f.range.start.line),
                        column: String(f.range.start.column),
                      })}
                    </span>
                  </button>
                  {(f.fix && !readOnly) || f.code === 'comment' || f.code === 'trailing-comma' ? (
                    <span className="rm-problem__actions">
                      {f.fix && !readOnly ? (
                        <button type="button" disabled={!fresh} onClick={() => fix(f)}>
                          {t('problems.fix', { title: result?.words.fixTitle(lang, f.fix) ?? '' })}
                        </button>
                      ) : null}
                      {f.code === 'comment' || f.code === 'trailing-comma' ? (
                        <button
                          type="button"
                          title={t('problems.copyJsonHint')}
                          onClick={() => void copyAwsReadyJson(text)}
                        >
                          {t('problems.copyJson')}
                        </button>
                      ) : null}
                    </span>
                  ) : null}
                </li>
              );
            })}
            {items.length > MAX_ROWS ? (
              <li className="rm-problems__more">
                {t('hover.more', { n: items.length - MAX_ROWS })}
              </li>
            ) : null}
          </ul>
        )}
      </div>
    </div>
  );
}
