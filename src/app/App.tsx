import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { withAddedPolicies } from '../core';
import { EditorPanel } from '../features/editor/EditorPanel';
import { GraphCanvas } from '../features/graph/GraphCanvas';
import { useGraphModel } from '../features/graph/useGraphModel';
import type { ImportInput } from '../features/import/ImportDialog';
import { useFileDrop } from '../features/import/useFileDrop';
import { FirstVisit } from '../features/lessons/ui/FirstVisit';
import { Glossary } from '../features/lessons/ui/Glossary';
import { LessonBar } from '../features/lessons/ui/LessonBar';
import { LessonPanel } from '../features/lessons/ui/LessonPanel';
import { LessonPicker } from '../features/lessons/ui/LessonPicker';
import { useLayout } from '../features/graph/useLayout';
import { useLevelOfDetail } from '../features/graph/useLevelOfDetail';
import { useRisks } from '../features/graph/useRisks';
import { PRESENTER_TYPE } from '../graph';
import { SimulatorPanel } from '../features/simulator/SimulatorPanel';
import { useDecisionOverlay } from '../features/simulator/useDecisionOverlay';
import { useSimulation } from '../features/simulator/useSimulation';
import { useWalkthrough, useWalkthroughUrl } from '../features/walkthrough/useWalkthrough';
import { Walkthrough } from '../features/walkthrough/Walkthrough';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useT } from '../ui/useT';
import { useStore } from '../store';
import { applyEmbedLink, applySharedLink, type StartupInfo } from './bootstrap';
import { EmbedView } from './EmbedView';
import { graphForView } from './graphForView';
import { offerIncoming } from './incoming';
import { leaveLesson, openLesson, resetLesson, useLessonUrl } from './lessonWorkspace';
import { PhoneTabs } from './PhoneTabs';
import { SplitPane } from './SplitPane';
import { TopBar } from './TopBar';
import { saveNow, useAutosave } from './useAutosave';
import { useTabSync } from './useTabSync';
import { useFirstVisit } from './useFirstVisit';
import { useIsPhone } from './useIsPhone';
import { useScenarioTitle } from './useScenarioTitle';
import { WorkspaceOverlays } from './WorkspaceOverlays';

// The import dialog (and its CloudFormation/Terraform readers, YAML included) loads when it is
// first opened, not with the page.
const ImportDialog = lazy(async () => ({
  default: (await import('../features/import/ImportDialog')).ImportDialog,
}));

function clearHash() {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** The shell: top bar, editor and graph side by side (tabs on a phone), or the graph alone when embedded. */
export function App({ startup }: { startup: StartupInfo }) {
  const t = useT();
  const theme = useStore((s) => s.theme);
  const lang = useStore((s) => s.lang);
  const replaceScenario = useStore((s) => s.replaceScenario);
  const incoming = useStore((s) => s.incoming !== undefined);
  const [importing, setImporting] = useState<ImportInput>();
  const [linkError, setLinkError] = useState(startup.linkError);
  const [embedEmpty, setEmbedEmpty] = useState(startup.embedEmpty);
  const [unknownLesson, setUnknownLesson] = useState(startup.unknownLesson);
  const lesson = useStore((s) => s.lesson);
  const pickerOpen = useStore((s) => s.lessonPickerOpen);
  const [lessonPanel, setLessonPanel] = useState(true);
  const glossaryOpen = useStore((s) => s.glossary !== undefined);
  const intro = useFirstVisit(startup.firstVisit === true);
  const model = useGraphModel();
  const view = useStore((s) => s.view);
  const shown = useMemo(() => graphForView(model.graph, view), [model.graph, view]);
  // Services summarise their actions unless the user expands them or the picture reads with them.
  const detailed = useLevelOfDetail(shown, startup.embed);
  const presenter = useStore((s) => s.presenter);
  const laid = useLayout(detailed, presenter ? PRESENTER_TYPE : 1);
  const title = useScenarioTitle();
  const simOpen = useStore((s) => s.simOpen);
  const simulation = useSimulation(model.graph);
  const overlay = useDecisionOverlay(model.graph, model.drawn, simulation);
  const risks = useRisks(model.graph, model.drawn, overlay.verdicts);
  const saveFailed = useAutosave(!startup.embed);
  const [copiedFromTab, dismissCopied] = useTabSync(!startup.embed);
  useLessonUrl(!startup.embed);
  // The walkthrough steps through the part of the picture the view shows (`?walkthrough=1`).
  const walk = useWalkthrough(shown, !startup.embed);
  useWalkthroughUrl(!startup.embed);
  const isPhone = useIsPhone();

  // Stable, so the top bar (memo) does not render again on every keystroke.
  const openImport = useCallback(() => setImporting({ text: '' }), []);
  const onDroppedFile = useCallback((file: File) => {
    void file.text().then(
      (text) => setImporting({ name: file.name, text }),
      () => setImporting({ name: file.name, text: '' }),
    );
  }, []);
  const dragging = useFileDrop(!startup.embed, onDroppedFile);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
    document.title =
      startup.embed && !embedEmpty
        ? `${title.text} — ${t('app.title')}`
        : `${t('app.title')} — ${t('app.tagline')}`;
  }, [lang, theme, t, startup.embed, embedEmpty, title.text]);

  // A share link pasted into this tab's address bar changes only the fragment: handle it too.
  useEffect(() => {
    const onHash = () => {
      const state = useStore.getState();
      if (startup.embed) return setEmbedEmpty(applyEmbedLink(window.location.hash, state.lang));
      // A shared scenario goes to the user's workspaces (a new one unless they choose), never a lesson's.
      const error = applySharedLink(window.location.hash, state.lang);
      if (error !== undefined) setLinkError(error);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [startup.embed]);

  // Once a shared link has been applied (or declined), drop it so a reload shows the saved workspace.
  useEffect(() => {
    if (!startup.embed && !incoming && window.location.hash.startsWith('#s=')) clearHash();
  }, [incoming, startup.embed]);

  if (startup.embed)
    return (
      <EmbedView
        laid={laid}
        overlay={overlay}
        empty={embedEmpty}
        {...(risks ? { risks: risks.report } : {})}
      />
    );

  // The first visit's intro sits above the editor, so the picture keeps all its room (and its fit).
  const editor = (
    <div className="rm-left">
      {intro.show ? <FirstVisit onStart={intro.start} onDismiss={intro.dismiss} /> : null}
      <ErrorBoundary panel="editor" onCrash={saveNow}>
        <EditorPanel graph={model.graph} readOnly={false} risks={risks?.rows} />
      </ErrorBoundary>
    </div>
  );
  const canvas = (
    <ErrorBoundary panel="graph" onCrash={saveNow}>
      <GraphCanvas
        laid={laid}
        readOnly={false}
        readableFloor={!isPhone}
        overlay={overlay}
        {...(risks ? { risks: risks.report } : {})}
        overlayContent={<Walkthrough walk={walk} />}
        {...(walk.focus
          ? { walkthrough: { focus: walk.focus, room: walk.room, onKey: walk.onKey } }
          : {})}
      />
    </ErrorBoundary>
  );
  const simulator = (
    <ErrorBoundary panel="simulator" onCrash={saveNow}>
      <SimulatorPanel
        graph={model.graph}
        view={simulation}
        trustValid={!model.stale.includes('trust')}
        catalogVersion={model.catalogVersion}
      />
    </ErrorBoundary>
  );
  const lessonPanelShown = lessonPanel ? (
    <ErrorBoundary panel="lessons" onCrash={saveNow}>
      <LessonPanel />
    </ErrorBoundary>
  ) : null;

  return (
    <div className="rm-app">
      <TopBar onImport={openImport} />
      {linkError ? (
        <div className="rm-banner" role="alert">
          {t('share.damaged', { message: linkError })}
          <button
            type="button"
            onClick={() => setLinkError(undefined)}
            aria-label={t('share.damagedDismiss')}
          >
            ×
          </button>
        </div>
      ) : null}
      {copiedFromTab !== undefined ? (
        <div className="rm-banner" role="alert">
          {t('storage.otherTab', { name: copiedFromTab })}
          <button type="button" onClick={dismissCopied} aria-label={t('storage.otherTabDismiss')}>
            ×
          </button>
        </div>
      ) : null}
      {unknownLesson !== undefined ? (
        <div className="rm-banner" role="alert">
          {t('lessons.unknown', { id: unknownLesson })}
          <button
            type="button"
            onClick={() => setUnknownLesson(undefined)}
            aria-label={t('lessons.unknownDismiss')}
          >
            ×
          </button>
        </div>
      ) : null}
      {lesson !== undefined ? (
        <LessonBar
          onBack={leaveLesson}
          onReset={resetLesson}
          panelOpen={lessonPanel}
          onTogglePanel={() => setLessonPanel(!lessonPanel)}
        />
      ) : null}
      <main className="rm-main">
        {isPhone ? (
          <PhoneTabs
            graph={model.graph}
            editor={editor}
            canvas={
              <div className="rm-graph-area">
                {canvas}
                {lessonPanelShown}
              </div>
            }
            simulator={simulator}
          />
        ) : (
          <SplitPane
            drawer={simOpen || (lessonPanel && lesson !== undefined)}
            left={editor}
            right={
              <div className="rm-graph-area">
                {canvas}
                {lessonPanelShown}
                {simOpen ? simulator : null}
              </div>
            }
          />
        )}
      </main>
      <ErrorBoundary
        panel="dialog"
        onCrash={saveNow}
        onClose={() => useStore.getState().setWorkspaceListOpen(false)}
      >
        <WorkspaceOverlays saveFailed={saveFailed} />
      </ErrorBoundary>
      {importing ? (
        <ErrorBoundary panel="dialog" onCrash={saveNow} onClose={() => setImporting(undefined)}>
          <Suspense fallback={null}>
            <ImportDialog
              // A new drop starts the dialog afresh with that file.
              key={`${importing.name ?? ''}:${importing.text.length}`}
              initial={importing}
              onClose={() => setImporting(undefined)}
              onImport={(scenario) => {
                setImporting(undefined);
                offerIncoming(scenario, 'import');
              }}
              onAdd={(imported) => {
                // Only adds to the open role: nothing of it is replaced, so nothing needs asking.
                const { scenario, added } = withAddedPolicies(
                  useStore.getState().scenario,
                  imported,
                );
                setImporting(undefined);
                saveNow(); // what was there is stored before the (possibly large) addition
                replaceScenario(scenario);
                if (added[0] !== undefined) useStore.getState().setActiveDoc(added[0]);
              }}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      {dragging ? (
        <div className="rm-import-drop" role="status">
          {t('import.drop')}
        </div>
      ) : null}
      {pickerOpen ? (
        <ErrorBoundary
          panel="dialog"
          onCrash={saveNow}
          onClose={() => useStore.getState().setLessonPickerOpen(false)}
        >
          <LessonPicker onOpen={openLesson} />
        </ErrorBoundary>
      ) : null}
      {glossaryOpen ? (
        <ErrorBoundary
          panel="dialog"
          onCrash={saveNow}
          onClose={() => useStore.getState().closeGlossary()}
        >
          <Glossary />
        </ErrorBoundary>
      ) : null}
    </div>
  );
}
