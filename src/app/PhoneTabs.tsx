import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Graph } from '../graph';
import type { PlainKey } from '../i18n';
import { useStore, type PhonePane } from '../store';
import { useT } from '../ui/useT';
import './layout.css';

const PANES: readonly { id: PhonePane; label: PlainKey }[] = [
  { id: 'editor', label: 'layout.tab.editor' },
  { id: 'graph', label: 'layout.tab.graph' },
  { id: 'sim', label: 'layout.tab.sim' },
];

const tabId = (pane: PhonePane) => `rm-pane-tab-${pane}`;
const panelId = (pane: PhonePane) => `rm-pane-${pane}`;

/** Whether a click on this node reveals its text in the editor (a wildcard or group expands in place instead). */
function revealsText(graph: Graph, id: string): boolean {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node?.source) return false;
  return !('expandable' in node && node.expandable);
}

/**
 * The phone layout: the editor, the graph and the simulator as tabs, each full screen. Every pane
 * stays mounted and keeps its size while hidden, so switching loses nothing (editor text and
 * cursor, simulator form, the graph's fit) and the graph is already fitted when its tab is shown.
 */
export function PhoneTabs({
  graph,
  editor,
  canvas,
  simulator,
}: {
  graph: Graph;
  editor: ReactNode;
  canvas: ReactNode;
  simulator: ReactNode;
}) {
  const t = useT();
  const pane = useStore((s) => s.phonePane);
  const setPane = useStore((s) => s.setPhonePane);
  const setSimOpen = useStore((s) => s.setSimOpen);
  const panels = useRef<HTMLDivElement>(null);
  const graphRef = useRef(graph);
  useEffect(() => {
    graphRef.current = graph;
  }, [graph]);

  const select = (next: PhonePane) => {
    // The simulator's tab is its drawer on a phone: showing it opens the simulator.
    if (next === 'sim') setSimOpen(true);
    setPane(next);
  };

  // A click on a card that reveals its text in the editor shows the editor; closing the simulator
  // (its × button) leaves its tab for the graph.
  useEffect(
    () =>
      useStore.subscribe((s, prev) => {
        if (
          s.reveal &&
          s.reveal.seq !== prev.reveal?.seq &&
          s.selectedNodeId &&
          revealsText(graphRef.current, s.selectedNodeId)
        )
          s.setPhonePane('editor');
        else if (prev.simOpen && !s.simOpen && s.phonePane === 'sim') s.setPhonePane('graph');
      }),
    [],
  );

  // Focus never stays behind in a pane that was just hidden: it goes to the pane's tab.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || !panels.current?.contains(active)) return;
    if (document.getElementById(panelId(pane))?.contains(active)) return;
    document.getElementById(tabId(pane))?.focus();
  }, [pane]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = PANES.findIndex((p) => p.id === pane);
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % PANES.length
        : e.key === 'ArrowLeft'
          ? (at + PANES.length - 1) % PANES.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? PANES.length - 1
              : -1;
    const next = PANES[to];
    if (!next) return;
    e.preventDefault();
    select(next.id);
    document.getElementById(tabId(next.id))?.focus();
  };

  const content: Record<PhonePane, ReactNode> = { editor, graph: canvas, sim: simulator };

  return (
    <div className="rm-phone">
      <div
        className="rm-phone__tabs"
        role="tablist"
        aria-label={t('layout.tabs')}
        onKeyDown={onKeyDown}
      >
        {PANES.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={tabId(p.id)}
            className="rm-phone__tab"
            aria-selected={p.id === pane}
            aria-controls={panelId(p.id)}
            tabIndex={p.id === pane ? 0 : -1}
            onClick={() => select(p.id)}
          >
            {t(p.label)}
          </button>
        ))}
      </div>
      <div className="rm-phone__panels" ref={panels}>
        {PANES.map((p) => (
          <div
            key={p.id}
            role="tabpanel"
            id={panelId(p.id)}
            aria-labelledby={tabId(p.id)}
            className={`rm-phone__panel rm-phone__panel--${p.id}`}
            data-active={p.id === pane}
            inert={p.id !== pane}
          >
            {content[p.id]}
          </div>
        ))}
      </div>
    </div>
  );
}
