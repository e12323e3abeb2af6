/**
 * Monaco from the local bundle, never a CDN: the editor core, its features and our policy language.
 * Imported only by the lazily loaded editor chunk, so the graph can draw before Monaco arrives.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';
import { registerPolicyLanguage } from './policyLanguage';

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

loader.config({ monaco });
registerPolicyLanguage(monaco);

monaco.editor.defineTheme('rolemap-light', {
  base: 'vs',
  inherit: true,
  rules: [{ token: 'comment', foreground: '2f7d32', fontStyle: 'italic' }],
  // The final line's number is dimmed by default, below text contrast (axe): keep it readable.
  colors: { 'editorLineNumber.dimmedForeground': '#237893' },
});
monaco.editor.defineTheme('rolemap-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '8fd18f', fontStyle: 'italic' }],
  colors: { 'editorLineNumber.dimmedForeground': '#858585' },
});

export { monaco };
