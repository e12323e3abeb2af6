/**
 * The Monaco editor for one policy document. This module (and Monaco with it) is loaded lazily,
 * so the graph draws first.
 */
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { monaco } from '../../monaco/setup';
import { POLICY_LANGUAGE } from '../../monaco/policyLanguage';
import type { ParseResult } from '../../core/policy';

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
}

type Editor = monaco.editor.IStandaloneCodeEditor;

/** Monaco bound to one document: markers from the parser, reveal-and-highlight, cursor reporting. */
export default function PolicyEditor(props: PolicyEditorProps) {
  const [editor, setEditor] = useState<Editor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const onCursor = useRef(props.onCursor);
  useLayoutEffect(() => {
    onCursor.current = props.onCursor;
  });

  const onMount: OnMount = (mounted) => {
    const ed = mounted as unknown as Editor;
    decorations.current = ed.createDecorationsCollection();
    ed.onDidChangeCursorPosition((e) => {
      const model = ed.getModel();
      if (!model) return;
      onCursor.current(model.getOffsetAt(e.position));
    });
    setEditor(ed);
  };

  // Syntax diagnostics as markers under the exact characters.
  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    const markers = props.parse.diagnostics.map((d) => ({
      severity:
        d.code === 'duplicate-key' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
      message: d.message,
      startLineNumber: d.range.start.line,
      startColumn: d.range.start.column,
      endLineNumber: d.range.end.line,
      endColumn: Math.max(
        d.range.end.column,
        d.range.start.column + (d.range.end.line === d.range.start.line ? 1 : 0),
      ),
      source: 'Rolemap',
    }));
    monaco.editor.setModelMarkers(model, 'rolemap-parse', markers);
  }, [props.parse, props.docId, editor]);

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
    <Editor
      path={props.docId}
      language={POLICY_LANGUAGE}
      value={props.text}
      theme={props.theme === 'dark' ? 'rolemap-dark' : 'rolemap-light'}
      onMount={onMount}
      onChange={(v) => props.onChange(v ?? '')}
      loading={null}
      options={{
        ariaLabel: props.ariaLabel,
        readOnly: props.readOnly,
        minimap: { enabled: false },
        fontSize: 13,
        tabSize: 2,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        wordWrap: 'off',
        renderWhitespace: 'none',
        fixedOverflowWidgets: true,
      }}
    />
  );
}
