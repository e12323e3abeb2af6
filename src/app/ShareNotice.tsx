import { useT } from '../ui/useT';
import './share.css';

/** Links longer than this get cut by some chat tools, mail clients and wikis. */
export const LONG_LINK = 2000;

/**
 * What the share button has to say beyond "copied": the link to copy by hand when the clipboard
 * refused, and, for a link over ~2,000 characters, its size and the CLI's `url` command.
 */
export function ShareNotice({
  url,
  copied,
  onClose,
}: {
  url: string;
  copied: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const long = url.length > LONG_LINK;
  const base = url.slice(0, url.indexOf('#'));
  return (
    <div
      className="rm-topbar__sharebox rm-share"
      role="dialog"
      aria-label={long ? t('share.longTitle') : t('app.share')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      {long ? (
        <div className="rm-share__long">
          <strong>{t('share.longTitle')}</strong>
          <p>{t('share.long', { n: url.length.toLocaleString('en-US') })}</p>
          <code lang="en" className="rm-mono">
            npm run --silent rolemap -- url scenario.json --base {base}
          </code>
        </div>
      ) : null}
      {copied ? null : (
        <label>
          {t('app.shareFailed')}
          <input readOnly value={url} onFocus={(e) => e.target.select()} autoFocus />
        </label>
      )}
      <button type="button" onClick={onClose} autoFocus={copied}>
        {t('share.longDismiss')}
      </button>
    </div>
  );
}
