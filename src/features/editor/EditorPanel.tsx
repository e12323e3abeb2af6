import { lazy, Suspense, useMemo, useRef } from 'react';
import type { LintSummary } from '../../core';
import { scenarioDocs } from '../../core';
import type { Graph } from '../../graph';
import { afterFirstPicture, editorOnItsWay } from '../../ui/startupMoments';
import { EDITOR_CHUNK, preloadChunk } from '../../platform/chunkPreload';
import { useT } from '../../ui/useT';
import { useStore } from '../../store';
import { parseCached } from '../../platform/parseCache';
import { parseDiagnosticText } from '../../i18n/engine/policy';
import type { EditorApi } from './editorApi';
import { layerName } from './layerName';
import { nodeAtOffset } from './nodeAtOffset';
import { PolicyTabs } from './PolicyTabs';
import { PolicyToolbar } from './PolicyToolbar';
import { ProblemsPanel } from './ProblemsPanel';
import type { RiskRow } from '../graph/useRisks';
import { useFindings } from './useFindings';
import { ManagedReadOnlyNote, useIsAwsText } from '../managed';

// Monaco's own texts (find widget, menus, its screen-reader messages) come from the NLS table that
// is set before its modules evaluate: in Japanese, load monaco-editor's table before the editor.
// Its chunk is fetched, compiled and run once the first picture is on screen, never before it.
const PolicyEditor = lazy(async () => {
  editorOnItsWay();
  await afterFirstPicture();
  // Its scripts and styles at once, beside the Japanese table if there is one to wait for.
  preloadChunk(EDITOR_CHUNK);
  if (useStore.getState().lang === 'ja') await import('monaco-editor/nls/lang/ja');
  return import('./PolicyEditor');
});

const EMPTY_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [],
      "Resource": "*"
    }
  ]
}
`;

/**
 * The left panel: policy tabs (with finding counts), the active policy's editor, its syntax error
 * if any, and the problems the linter found in it.
 */
export function EditorPanel({
  graph,
  readOnly,
  risks,
}: {
  graph: Graph;
  readOnly: boolean;
  /** The risk lens's findings while the "Risks" toggle is on, listed as security problems. */
  risks?: readonly RiskRow[] | undefined;
}) {
  const t = useT();
  const scenario = useStore((s) => s.scenario);
  const activeDoc = useStore((s) => s.activeDoc);
  const theme = useStore((s) => s.theme);
  const lang = useStore((s) => s.lang);
  const reveal = useStore((s) => s.reveal);
  const setActiveDoc = useStore((s) => s.setActiveDoc);
  const setDocText = useStore((s) => s.setDocText);
  const setCursorNode = useStore((s) => s.setCursorNode);
  const addPermissionPolicy = useStore((s) => s.addPermissionPolicy);

  const docs = useMemo(() => scenarioDocs(scenario), [scenario]);
  const doc = docs.find((d) => d.id === activeDoc) ?? docs[0];
  const invalid = useMemo(
    () => new Set(docs.filter((d) => !parseCached(d.text).ok).map((d) => d.id)),
    [docs],
  );
  const findings = useFindings(docs);
  const summaries = useMemo(() => {
    const out = new Map<string, LintSummary>();
    for (const [id, r] of findings) out.set(id, r.summary);
    // With the risk lens on, a tab counts the risks its statements grant as security findings.
    for (const row of risks ?? [])
      for (const id of new Set(row.sources.map((x) => x.source.doc))) {
        const s = out.get(id);
        if (s) out.set(id, { ...s, security: s.security + 1, total: s.total + 1 });
      }
    return out;
  }, [findings, risks]);
  const editorApi = useRef<EditorApi | null>(null);
  const policy =
    doc?.kind === 'identity'
      ? scenario.role.permissionPolicies.find((p) => p.id === doc.id)
      : undefined;
  // An AWS managed policy holding AWS's own text is read-only, as in AWS (copy it as inline to edit).
  const awsText = useIsAwsText(policy);
  if (!doc) return null;
  const parse = parseCached(doc.text);
  const firstError = parse.diagnostics.find((d) => d.code !== 'duplicate-key');
  // PRODUCT.md names the trust and permission editors; a layer's editor is named after the layer.
  const ariaLabel =
    doc.kind === 'trust'
      ? t('editor.trustAria')
      : doc.kind === 'identity'
        ? t('editor.permissionAria', { name: doc.name })
        : layerName(t, doc);

  const addPolicy = () => {
    const names = new Set(scenario.role.permissionPolicies.map((p) => p.name));
    let n = 1;
    // The number is part of the name: written as given, never grouped.
    while (names.has(t('editor.newPolicyName', { n: String(n) }))) n++;
    addPermissionPolicy(t('editor.newPolicyName', { n: String(n) }), EMPTY_POLICY);
  };

  return (
    <section className="rm-editor" aria-label={t('editor.tabs')}>
      <PolicyTabs
        docs={docs}
        active={doc.id}
        invalid={invalid}
        summaries={summaries}
        readOnly={readOnly}
        onSelect={setActiveDoc}
        onAdd={addPolicy}
      />
      <PolicyToolbar doc={doc} readOnly={readOnly} locked={awsText} />
      {awsText && policy ? <ManagedReadOnlyNote policy={policy} readOnly={readOnly} /> : null}
      <div
        id="policy-panel"
        role="tabpanel"
        aria-labelledby={`tab-${doc.id}`}
        className="rm-editor__body"
      >
        <Suspense fallback={<div className="rm-editor__loading">{t('editor.loading')}</div>}>
          <PolicyEditor
            docId={doc.id}
            text={doc.text}
            ariaLabel={ariaLabel}
            theme={theme}
            readOnly={readOnly || awsText}
            parse={parse}
            reveal={reveal && reveal.doc === doc.id ? reveal : undefined}
            onChange={(text) => setDocText(doc.id, text)}
            onCursor={(offset) => setCursorNode(nodeAtOffset(graph, doc.id, offset)?.id)}
            lint={findings.get(doc.id)}
            onReady={(api) => {
              editorApi.current = api;
            }}
          />
        </Suspense>
      </div>
      {firstError ? (
        <div className="rm-editor__error" role="status">
          <strong>
            {t('editor.errorAt', {
              line: String(firstError.range.start.line),
              column: String(firstError.range.start.column),
              message: parseDiagnosticText(lang, firstError),
            })}
          </strong>
          <span>{t('editor.invalid')}</span>
        </div>
      ) : null}
      <ProblemsPanel
        docId={doc.id}
        text={doc.text}
        result={findings.get(doc.id)}
        readOnly={readOnly || awsText}
        editor={editorApi}
        {...(risks ? { risks } : {})}
      />
    </section>
  );
}
