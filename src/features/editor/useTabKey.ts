import { useEffect, useState } from 'react';
import { monaco } from '../../monaco/setup';

type Editor = monaco.editor.IStandaloneCodeEditor;

const MODIFIERS: ReadonlySet<monaco.KeyCode> = new Set([
  monaco.KeyCode.Shift,
  monaco.KeyCode.Ctrl,
  monaco.KeyCode.Alt,
  monaco.KeyCode.Meta,
]);

/**
 * What Tab does in one Monaco editor: by default Monaco's tab focus mode, so Tab and Shift+Tab
 * move the focus and never change the policy; with Tab-to-indent, Tab indents and Esc then Tab
 * leaves. Ties the hint `hintId` to the editor's input (aria-describedby) and reports whether the
 * editor has the focus, for showing that hint.
 */
export function useTabKey(editor: Editor | null, tabIndent: boolean, hintId: string): boolean {
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    if (!editor) return;
    editor.updateOptions({ tabFocusMode: !tabIndent });
    if (!tabIndent) return;
    // Esc arms tab focus mode for the next key: a Tab then leaves, anything else disarms it.
    let armed = false;
    const disarm = () => {
      if (!armed) return;
      armed = false;
      editor.updateOptions({ tabFocusMode: false });
    };
    const keys = editor.onKeyDown((e) => {
      if (e.keyCode === monaco.KeyCode.Escape) {
        if (armed) return;
        armed = true;
        editor.updateOptions({ tabFocusMode: true });
      } else if (e.keyCode !== monaco.KeyCode.Tab && !MODIFIERS.has(e.keyCode)) disarm();
    });
    const blur = editor.onDidBlurEditorText(disarm);
    return () => {
      keys.dispose();
      blur.dispose();
      armed = false;
    };
  }, [editor, tabIndent]);

  useEffect(() => {
    if (!editor) return;
    const describe = () => {
      const input = editor.getDomNode()?.querySelector('[role="textbox"], textarea');
      input?.setAttribute('aria-describedby', hintId);
    };
    describe();
    const focus = editor.onDidFocusEditorText(() => {
      describe();
      setFocused(true);
    });
    const blur = editor.onDidBlurEditorText(() => setFocused(false));
    return () => {
      focus.dispose();
      blur.dispose();
    };
  }, [editor, hintId]);

  return focused;
}
