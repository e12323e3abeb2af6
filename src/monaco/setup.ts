/**
 * Monaco from the local bundle, never a CDN: the editor core, its features and our policy language.
 * Imported only by the lazily loaded editor chunk, so the graph can draw before Monaco arrives.
 */
import * as monaco from 'monaco-editor/editor';
// The editor features a policy editor uses, not all of them (`features/register.all`): no diff
// editor, inline completions, code lens, inlay hints, colour picker, rename, go to symbol, sticky
// scroll or GPU rendering, which nothing here provides or needs. Monaco's chunk is 11% smaller
// (3.9 → 3.5 MB), so it is compiled and run sooner. The suggest widget's controller is imported on
// its own: in Monaco, only the inline-completions feature (left out) pulls it in.
import 'monaco-editor/features/anchorSelect/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/caretOperations/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/fontZoom/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/inPlaceReplace/register';
import 'monaco-editor/features/insertFinalNewLine/register';
import 'monaco-editor/features/lineSelection/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/longLinesHelper/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/placeholderText/register';
import 'monaco-editor/features/quickCommand/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/toggleHighContrast/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/tokenization/register';
import 'monaco-editor/features/unicodeHighlighter/register';
import 'monaco-editor/features/unusualLineTerminators/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/wordPartOperations/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
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
