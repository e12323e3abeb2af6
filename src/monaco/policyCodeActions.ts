import type * as Monaco from 'monaco-editor/editor';
import type { Finding } from '../core';
import { fixTitle } from '../i18n/engine/lint';
import { markerRange, modelFindings } from './lintMarkers';
import type { PolicyFeatureDeps } from './policyFeatures';

/** Command behind the comment finding's "Copy as AWS-ready JSON" code action. */
export const COPY_AWS_JSON_COMMAND = 'rolemap.copyAwsReadyJson';

function overlaps(a: Monaco.IRange, b: Monaco.IRange): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) =>
    l1 < l2 || (l1 === l2 && c1 < c2);
  // Touching counts: a cursor at either end of a squiggle still offers its fix.
  return (
    !before(a.endLineNumber, a.endColumn, b.startLineNumber, b.startColumn) &&
    !before(b.endLineNumber, b.endColumn, a.startLineNumber, a.startColumn)
  );
}

function sameMarker(m: Monaco.editor.IMarkerData, f: Finding): boolean {
  const r = markerRange(f.range);
  return (
    m.source?.startsWith('Rolemap') === true &&
    m.startLineNumber === r.startLineNumber &&
    m.startColumn === r.startColumn &&
    (typeof m.code === 'string' ? m.code : m.code?.value) === f.code
  );
}

/**
 * Quick fixes from the linter's plain-data fixes (a typo → the suggested action, a missing
 * Version → add it), offered on the finding's squiggle while the text is the one that was linted;
 * plus "Copy as AWS-ready JSON" on the comment finding.
 */
export function registerPolicyCodeActions(
  monaco: typeof Monaco,
  language: string,
  deps: PolicyFeatureDeps,
): Monaco.IDisposable[] {
  const command = monaco.editor.registerCommand(
    COPY_AWS_JSON_COMMAND,
    (_accessor, uri: unknown) => {
      const model = typeof uri === 'string' ? monaco.editor.getModel(monaco.Uri.parse(uri)) : null;
      if (model) deps.copyAwsJson(model.getValue());
    },
  );
  const provider = monaco.languages.registerCodeActionProvider(
    language,
    {
      provideCodeActions(model, range, context) {
        const actions: Monaco.languages.CodeAction[] = [];
        const versionId = model.getVersionId();
        for (const f of modelFindings(model)) {
          if (!overlaps(markerRange(f.range), range)) continue;
          const diagnostics = context.markers.filter((m) => sameMarker(m, f));
          if (f.fix) {
            actions.push({
              title: fixTitle(deps.lang(), f.fix),
              kind: 'quickfix',
              diagnostics,
              isPreferred: f.code !== 'comment',
              edit: {
                edits: f.fix.edits.map((e) => {
                  const s = model.getPositionAt(e.start);
                  const t = model.getPositionAt(e.end);
                  return {
                    resource: model.uri,
                    versionId,
                    textEdit: {
                      range: new monaco.Range(s.lineNumber, s.column, t.lineNumber, t.column),
                      text: e.text,
                    },
                  };
                }),
              },
            });
          }
          if (f.code === 'comment') {
            const title = deps.t('problems.copyJson');
            actions.push({
              title,
              kind: 'quickfix',
              diagnostics,
              command: { id: COPY_AWS_JSON_COMMAND, title, arguments: [model.uri.toString()] },
            });
          }
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
  return [command, provider];
}
