import { useT } from '../../ui/useT';
import { useTabIndent } from './tabIndent';
import '../graph/a11y.css';

/** The editor toolbar's switch for what Tab does: indent, or (the default) move the focus on. */
export function TabIndentToggle() {
  const t = useT();
  const [on, setOn] = useTabIndent();
  return (
    <label className="rm-tabkey" title={t('a11y.editor.tabIndentHelp')}>
      <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
      {t('a11y.editor.tabIndent')}
    </label>
  );
}
