import { useCallback, useState } from 'react';
import { UndoToast } from '../features/workspaces/UndoToast';
import { WorkspaceList, workspaceName } from '../features/workspaces/WorkspaceList';
import { useStore } from '../store';
import { useT } from '../ui/useT';
import { openIncoming } from './incoming';
import { IncomingDialog } from './IncomingDialog';
import { openLesson } from './lessonWorkspace';
import {
  deleteWorkspace,
  duplicateWorkspace,
  newFromExample,
  renameWorkspace,
  restoreWorkspace,
  switchTo,
  type DeletedWorkspace,
} from './workspaces';

/**
 * Everything that floats over the app about workspaces: the incoming-scenario question, the list,
 * the Undo after a delete and, once, the notice that the browser would not save.
 */
export function WorkspaceOverlays({ saveFailed }: { saveFailed: boolean }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const incoming = useStore((s) => s.incoming);
  const listOpen = useStore((s) => s.workspaceListOpen);
  const setListOpen = useStore((s) => s.setWorkspaceListOpen);
  const [deleted, setDeleted] = useState<DeletedWorkspace | undefined>();
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const expire = useCallback(() => setDeleted(undefined), []);
  const toast = deleted ? (
    <UndoToast
      message={t('workspaces.deleted', { name: workspaceName(deleted.meta, lang) })}
      onUndo={() => {
        restoreWorkspace(deleted);
        setDeleted(undefined);
      }}
      onExpire={expire}
    />
  ) : null;

  return (
    <>
      {saveFailed && !noticeDismissed ? (
        <div className="rm-banner" role="alert">
          {t('workspaces.saveFailed')}
          <button
            type="button"
            onClick={() => setNoticeDismissed(true)}
            aria-label={t('workspaces.saveFailedDismiss')}
          >
            ×
          </button>
        </div>
      ) : null}
      {incoming ? (
        <IncomingDialog
          incoming={incoming}
          onNew={() => openIncoming(incoming.scenario, { source: incoming.source, mode: 'new' })}
          onReplace={() =>
            openIncoming(incoming.scenario, { source: incoming.source, mode: 'replace' })
          }
          onCancel={() => useStore.getState().setIncoming(undefined)}
        />
      ) : null}
      {listOpen ? (
        <WorkspaceList
          onClose={() => setListOpen(false)}
          onSwitch={(meta) => {
            setListOpen(false);
            if (meta.lesson !== undefined) openLesson(meta.lesson);
            else switchTo(meta.id);
          }}
          onRename={renameWorkspace}
          onDuplicate={(id) => {
            setListOpen(false);
            duplicateWorkspace(id, (meta) => workspaceName(meta, lang));
          }}
          onDelete={(id) => {
            const gone = deleteWorkspace(id);
            if (gone) setDeleted(gone);
          }}
          onNewFromExample={() => {
            setListOpen(false);
            newFromExample();
          }}
        >
          {toast}
        </WorkspaceList>
      ) : (
        toast
      )}
    </>
  );
}
