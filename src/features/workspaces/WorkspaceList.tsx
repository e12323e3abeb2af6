import { useEffect, useRef, useState, type ReactNode } from 'react';
import { translate, type Lang } from '../../i18n';
import { useStore, type WorkspaceMeta } from '../../store';
import { useT } from '../../ui/useT';
import { lessonById } from '../lessons';
import './workspaces.css';

/** What the list can do; the app carries it out (storage and switching live there). */
export interface WorkspaceListActions {
  onSwitch: (meta: WorkspaceMeta) => void;
  onRename: (id: string, name: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  onNewFromExample: () => void;
  onClose: () => void;
}

/** A workspace's shown name: the user's name for it, its lesson's title, or "My workspace", in the UI language. */
export function workspaceName(meta: WorkspaceMeta, lang: Lang): string {
  if (meta.lesson !== undefined) return lessonById(meta.lesson)?.title[lang] ?? meta.lesson;
  return meta.name !== '' ? meta.name : translate(lang, 'workspaces.defaultName');
}

function RenameForm({
  name,
  onSave,
  onCancel,
}: {
  name: string;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState(name);
  return (
    <form
      className="rm-ws__rename"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <input
        value={draft}
        aria-label={t('workspaces.renameLabel', { name })}
        maxLength={200}
        autoFocus
        onFocus={(e) => e.target.select()}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          // Esc drops the draft without closing the dialog around it.
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="submit" className="rm-primary">
        {t('workspaces.renameSave')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('workspaces.renameCancel')}
      </button>
    </form>
  );
}

/**
 * The list of workspaces: the user's and the lessons' that have been opened. Each can be opened,
 * renamed inline (a lesson keeps its lesson's name), duplicated or deleted (the app offers Undo,
 * passed in as `children`).
 */
export function WorkspaceList({
  children,
  ...actions
}: WorkspaceListActions & { children?: ReactNode }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const workspaces = useStore((s) => s.workspaces);
  const workspaceId = useStore((s) => s.workspaceId);
  const lesson = useStore((s) => s.lesson);
  const [renaming, setRenaming] = useState<string | undefined>();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // Closed, the list gives the focus back to what opened it (the top bar's menu button).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const isShown = (m: WorkspaceMeta) =>
    m.lesson !== undefined ? m.lesson === lesson : lesson === undefined && m.id === workspaceId;

  return (
    <dialog
      ref={ref}
      className="rm-dialog rm-ws"
      aria-labelledby="rm-ws-title"
      onCancel={(e) => {
        e.preventDefault();
        actions.onClose();
      }}
    >
      <div className="rm-ws__head">
        <h2 id="rm-ws-title">{t('workspaces.title')}</h2>
        <button type="button" onClick={actions.onClose}>
          {t('workspaces.close')}
        </button>
      </div>
      <p className="rm-ws__intro">{t('workspaces.intro')}</p>
      <ul className="rm-ws__list">
        {workspaces.map((m) => {
          const name = workspaceName(m, lang);
          const shown = isShown(m);
          return (
            <li
              key={m.id}
              className="rm-ws__item"
              data-workspace={m.id}
              aria-current={shown ? 'true' : undefined}
            >
              {renaming === m.id ? (
                <RenameForm
                  name={name}
                  onSave={(next) => {
                    actions.onRename(m.id, next);
                    setRenaming(undefined);
                  }}
                  onCancel={() => setRenaming(undefined)}
                />
              ) : (
                <button type="button" className="rm-ws__open" onClick={() => actions.onSwitch(m)}>
                  <span className="rm-ws__name">{name}</span>
                  <span className="rm-ws__meta">
                    {m.lesson !== undefined ? (
                      <span className="rm-badge">{t('workspaces.lessonBadge')}</span>
                    ) : null}
                    {shown ? (
                      <span className="rm-ws__current">{t('workspaces.current')}</span>
                    ) : null}
                    {m.updatedAt > 0 ? (
                      <span>{t('workspaces.edited', { date: when.format(m.updatedAt) })}</span>
                    ) : null}
                  </span>
                </button>
              )}
              <div
                className="rm-ws__actions"
                role="group"
                aria-label={t('workspaces.actionsFor', { name })}
              >
                {m.lesson === undefined && renaming !== m.id ? (
                  <button type="button" onClick={() => setRenaming(m.id)}>
                    {t('workspaces.rename')}
                  </button>
                ) : null}
                <button type="button" onClick={() => actions.onDuplicate(m.id)}>
                  {t('workspaces.duplicate')}
                </button>
                <button type="button" onClick={() => actions.onDelete(m.id)}>
                  {t('workspaces.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="rm-dialog__actions">
        <button type="button" className="rm-primary" onClick={actions.onNewFromExample}>
          {t('workspaces.newFromExample')}
        </button>
      </div>
      {/* The Undo notice sits inside the dialog while it is open: outside, the page is inert. */}
      {children}
    </dialog>
  );
}
