/**
 * The Monaco editor for one policy document. This module (and Monaco with it) is loaded lazily,
 * so the graph draws first.
 */
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { monaco } from '../../monaco/setup';
import { POLICY_LANGUAGE } from '../../monaco/policyLanguage';
import {
  findingMarkers,
  LINT_OWNER,
  markerRange,
  PARSE_OWNER,
  setModelFindings,
} from '../../monaco/lintMarkers';
import type { ParseResult } from '../../core';
import { parseDiagnosticText } from '../../i18n/engine/policy';
import { useStore } from '../../store';
import { markEditorShown } from '../../ui/startupMoments';
import { useT } from '../../ui/useT';
import type { EditorApi } from './editorApi';
import { registerPolicyFeatures } from './registerPolicyFeatures';
import { severityLabel } from './severityText';
import { useTabIndent } from './tabIndent';
import { useTabKey } from './useTabKey';
import type { DocFindings } from './useFindings';
import { PAGE_MAX_DOC_CHARS } from '../../platform/parseCache';
import { installBulkPaste } from '../../monaco/bulkPaste';
import { formatCount } from '../../i18n/words';
import '../graph/a11y.css';

/**
 * The options that follow a document's size. Over the page's bound it keeps plain editing only:
 * folding, bracket matching and colouring, occurrence and selection highlights, links and colour
 * decorators would each walk its megabytes per change. Under it, Monaco's own defaults.
 */
function sizeOptions(huge: boolean): monaco.editor.IEditorOptions {
  const on = !huge;
  return {
    folding: on,
    matchBrackets: on ? 'always' : 'never',
    occurrencesHighlight: on ? 'singleFile' : 'off',
    selectionHighlight: on,
    guides: { indentation: on, bracketPairs: false },
    bracketPairColorization: { enabled: on },
    links: on,
    colorDecorators: on,
    unicodeHighlight: { ambiguousCharacters: on, invisibleCharacters: on },
  };
}

/** A document too large for the page to read is plain text to Monaco too: no tokenizer runs on it. */
const PLAIN_TEXT = 'plaintext';

/**
 * Switches the editor between its normal and its huge-document mode as soon as the model's text
 * crosses the bound, inside the edit itself: a paste of megabytes is never coloured, tokenized or
 * bracket-matched first (≈ 0.5 s of work for 100,000 lines). The one place that decides it: the
 * component's language and options props leave both alone (a switch of tab or model is seen
 * here too).
 */
function followDocumentSize(ed: Editor): void {
  let huge: boolean | undefined;
  const apply = () => {
    const model = ed.getModel();
    if (!model) return;
    const now = model.getValueLength() > PAGE_MAX_DOC_CHARS;
    if (now === huge) return;
    huge = now;
    ed.updateOptions(sizeOptions(now));
    monaco.editor.setModelLanguage(model, now ? PLAIN_TEXT : POLICY_LANGUAGE);
  };
  apply();
  ed.onDidChangeModelContent(apply);
  ed.onDidChangeModel(() => {
    huge = undefined;
    apply();
  });
}

registerPolicyFeatures();

export interface PolicyEditorProps {
  docId: string;
  text: string;
  ariaLabel: string;
  theme: 'light' | 'dark';
  readOnly: boolean;
  parse: ParseResult;
  /** Range to reveal and highlight (0-based offsets), with a sequence number. */
  reveal?: { start: number; end: number; seq: number };
  onChange: (text: string) => void;
  onCursor: (offset: number) => void;
  /** The linter's latest findings for this document (possibly for an older text). */
  lint?: DocFindings;
  /** Receives the editor's jump/fix handle once mounted, and null when it goes away. */
  onReady?: (api: EditorApi | null) => void;
}

type Editor = monaco.editor.IStandaloneCodeEditor;

function rangeAt(model: monaco.editor.ITextModel, start: number, end: number): monaco.Range {
  const max = model.getValueLength();
  const s = model.getPositionAt(Math.min(start, max));
  const e = model.getPositionAt(Math.min(end, max));
  return new monaco.Range(s.lineNumber, s.column, e.lineNumber, e.column);
}

/** The handle the problems panel uses: jump to a finding, apply its fix as one undo step. */
function editorApi(ed: Editor): EditorApi {
  return {
    reveal(start, end) {
      const model = ed.getModel();
      if (!model) return;
      const range = rangeAt(model, start, end);
      ed.setSelection(range);
      ed.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
      ed.focus();
    },
    applyEdits(expectedText, edits, label) {
      const model = ed.getModel();
      if (!model || model.getValue() !== expectedText) return false;
      ed.pushUndoStop();
      const done = ed.executeEdits(
        label,
        edits.map((e) => ({ range: rangeAt(model, e.start, e.end), text: e.text })),
      );
      ed.pushUndoStop();
      // The fixed problem's row disappears: keep the keyboard focus somewhere useful (Ctrl+Z works).
      ed.focus();
      return done;
    },
  };
}

/**
 * Monaco bound to one document: lint markers (the parser's until the first lint), reveal-and-
 * highlight, cursor reporting, and a jump/fix handle for the problems panel.
 */
export default function PolicyEditor(props: PolicyEditorProps) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const [editor, setEditor] = useState<Editor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  // The latest props the editor's own listeners call, set up once at mount.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  // A paste of megabytes going in slices: how far it has got; the editor is read-only meanwhile
  // and the document hears of the text once, when it is all in.
  const [pasting, setPasting] = useState<{ done: number; total: number } | null>(null);
  const bulk = useRef<{ active: () => boolean } | null>(null);
  useEffect(() => {
    if (!editor) return;
    latest.current.onReady?.(editorApi(editor));
    return () => latest.current.onReady?.(null);
  }, [editor]);

  const onMount: OnMount = (mounted) => {
    // The frame after this one has painted the editor's text: the catalog and the linter may start.
    requestAnimationFrame(() => setTimeout(markEditorShown, 0));
    const ed = mounted as unknown as Editor;
    followDocumentSize(ed);
    let pasteTarget = latest.current.onChange;
    const sliced = installBulkPaste(ed, {
      readOnly: () => latest.current.readOnly,
      busy: (on) => {
        // The document pasted into, even if another tab is chosen before the paste is all in.
        if (on) pasteTarget = latest.current.onChange;
        else setPasting(null);
      },
      progress: (done, total) => setPasting({ done, total }),
      done: (text) => pasteTarget(text),
    });
    bulk.current = sliced;
    ed.onDidDispose(() => sliced.dispose());
    decorations.current = ed.createDecorationsCollection();
    ed.onDidChangeCursorPosition((e) => {
      const model = ed.getModel();
      if (!model) return;
      latest.current.onCursor(model.getOffsetAt(e.position));
    });
    setEditor(ed);
  };

  // Tab moves the focus on unless the visitor chose Tab-to-indent; the hint says which, on focus.
  const [tabIndent] = useTabIndent();
  const hintId = useId();
  const focused = useTabKey(editor, tabIndent, hintId);

  // Lint findings as markers under the exact characters. Before the first lint of a document
  // the parser's syntax errors stand in; afterwards the lint (which reports them too) owns every
  // squiggle, so a problem is never underlined twice. While a lint is pending, its markers stay
  // and Monaco moves them with the edits.
  const lint = props.lint;
  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    if (!lint) {
      const markers = props.parse.diagnostics.map((d) => ({
        ...markerRange(d.range),
        severity:
          d.code === 'duplicate-key' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
        message: parseDiagnosticText(lang, d),
        source: 'Rolemap',
      }));
      monaco.editor.setModelMarkers(model, PARSE_OWNER, markers);
      return;
    }
    monaco.editor.setModelMarkers(model, PARSE_OWNER, []);
    if (lint.text !== model.getValue()) return;
    monaco.editor.setModelMarkers(
      model,
      LINT_OWNER,
      findingMarkers(monaco, lint.findings, (s) => severityLabel(t, s), lang),
    );
    setModelFindings(model, lint.findings);
  }, [props.parse, lint, props.docId, editor, t, lang]);

  // Reveal and highlight a node's text when the graph asks.
  const reveal = props.reveal;
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || !reveal) return;
    const max = model.getValueLength();
    const start = model.getPositionAt(Math.min(reveal.start, max));
    const end = model.getPositionAt(Math.min(reveal.end, max));
    const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
    editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
    editor.setSelection(range);
    decorations.current?.set([
      {
        range,
        options: {
          className: 'rm-reveal',
          isWholeLine: false,
          inlineClassName: 'rm-reveal-inline',
        },
      },
      { range, options: { isWholeLine: true, className: 'rm-reveal-line' } },
    ]);
  }, [reveal, props.docId, editor]);

  return (
    <>
      <div id={hintId} className="rm-editor__hint" role="note" hidden={!focused}>
        {tabIndent ? t('a11y.editor.hintIndent') : t('a11y.editor.hintFocus')}
      </div>
      {pasting ? (
        // Said once (a live region read out ten times a second would drown everything else); the
        // bar shows how far it has got.
        <div className="rm-editor__pasting" role="status">
          {t('editor.pasting', { total: formatCount(lang, pasting.total) })}
          <progress value={pasting.done} max={pasting.total} aria-hidden="true" />
        </div>
      ) : null}
      <Editor
        path={props.docId}
        language={POLICY_LANGUAGE}
        value={props.text}
        theme={props.theme === 'dark' ? 'rolemap-dark' : 'rolemap-light'}
        // Monaco's context menu is drawn beside .monaco-editor, not inside it, so it misses the
        // theme's colour variables (set on .monaco-editor and .monaco-component) and showed with no
        // background: on the container, the class hands them down to it.
        className="monaco-component"
        onMount={onMount}
        onChange={(v) => {
          // Refreshing a read-only editor's value right after a tab switch, @monaco-editor/react calls
          // the previous tab's onChange: only this document's own model may change its text.
          const model = editor?.getModel();
          if (model && model.uri.toString() !== monaco.Uri.parse(props.docId).toString()) return;
          // A sliced paste's half-way texts are not the document's: it hears of the whole at the end.
          if (bulk.current?.active()) return;
          props.onChange(v ?? '');
        }}
        loading={null}
        options={{
          ariaLabel: props.ariaLabel,
          readOnly: props.readOnly || pasting !== null,
          // What a refused keystroke is told: why, and how to edit it after all, in the page's
          // language (Monaco's own message only says "read-only", in the language it loaded with).
          readOnlyMessage: {
            value: pasting ? t('editor.pastingWait') : t('editor.readOnlyManaged'),
          },
          minimap: { enabled: false },
          fontSize: 13,
          tabSize: 2,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          wordWrap: 'off',
          renderWhitespace: 'none',
          fixedOverflowWidgets: true,
          // Completions come from the IAM catalog, inside strings too; never from the words around.
          quickSuggestions: { other: true, comments: false, strings: true },
          wordBasedSuggestions: 'off',
          // Input through Monaco's hidden textarea, not Chrome's EditContext: EditContext is handed
          // the whole text on every change, a 5 MB paste included (tens of milliseconds of native
          // work per update); the textarea holds only the lines around the cursor. IME unchanged.
          editContext: false,
        }}
      />
    </>
  );
}
