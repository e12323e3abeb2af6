import type { StateCreator } from 'zustand';
import type { DocId } from '../core';
import type { Lang } from '../i18n';
import type { AppState } from './types';

export type Theme = 'light' | 'dark';

/**
 * What part of the picture to show (`?view=`): `chain` is principal → trust policy → STS →
 * credentials → role; `permissions` is role → policies → services → actions → resources.
 */
export type GraphView = 'all' | 'chain' | 'permissions';

/** The pane a phone shows full screen (the editor, the graph and the simulator are tabs there). */
export type PhonePane = 'editor' | 'graph' | 'sim';

/** A request from one panel to another: reveal a range of a document in the editor. */
export interface RevealRequest {
  doc: DocId;
  start: number;
  end: number;
  /** Increments on every request so the same range can be revealed twice. */
  seq: number;
}

export interface UiSlice {
  activeDoc: DocId;
  selectedNodeId?: string;
  /** Node the editor cursor is on (an action under the cursor). */
  cursorNodeId?: string;
  /** Ids of wildcard and group nodes the user expanded. */
  expanded: string[];
  theme: Theme;
  lang: Lang;
  view: GraphView;
  /** Share of the width given to the editor panel, 0.2–0.8. */
  editorFraction: number;
  /**
   * The same while a drawer (the simulator, a lesson) takes the graph's right side: narrower by
   * default, so the picture keeps room to read; the user's drag while a drawer is open sets it.
   */
  editorFractionDrawer: number;
  reveal?: RevealRequest;
  /** On a phone: which of the editor, the graph and the simulator fills the screen. */
  phonePane: PhonePane;
  /**
   * The user's choice per service node id: true draws its action cards, false one summary card.
   * A service without a choice gets the level of detail that reads at fit-to-view.
   */
  serviceDetail: Readonly<Record<string, boolean>>;
  /** "Expand all" (true) or "collapse all" (false), for services without their own choice, new ones too. */
  serviceDefault?: boolean;
  /** Presenter mode (projectors): large type, high contrast, thick edges. */
  presenter: boolean;
  /** The risk lens: badges on what an attacker could use, security findings in Problems (off by default). */
  risks: boolean;
  /** The graph canvas's size in CSS pixels, once measured (the level of detail reads it). */
  canvasSize?: { width: number; height: number };
  setActiveDoc: (doc: DocId) => void;
  selectNode: (id: string | undefined, reveal?: Omit<RevealRequest, 'seq'>) => void;
  setCursorNode: (id: string | undefined) => void;
  toggleExpanded: (id: string) => void;
  setTheme: (theme: Theme) => void;
  setLang: (lang: Lang) => void;
  setView: (view: GraphView) => void;
  setEditorFraction: (f: number) => void;
  setEditorFractionDrawer: (f: number) => void;
  setPhonePane: (pane: PhonePane) => void;
  /** Expands (true) or collapses (false) services; `undefined` gives them back to the automatic choice. */
  setServiceDetail: (ids: readonly string[], expanded: boolean | undefined) => void;
  /** Expands or collapses every service, now and as they appear, forgetting per-service choices. */
  setAllServices: (expanded: boolean) => void;
  setPresenter: (presenter: boolean) => void;
  setRisks: (risks: boolean) => void;
  setCanvasSize: (size: { width: number; height: number }) => void;
  /** The glossary while it is open, with the term it was opened at (none: from the top). */
  glossary?: { term?: string };
  openGlossary: (term?: string) => void;
  closeGlossary: () => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  activeDoc: 'trust',
  expanded: [],
  theme: 'light',
  lang: 'en',
  view: 'all',
  editorFraction: 0.36,
  editorFractionDrawer: 0.25,
  phonePane: 'graph',
  serviceDetail: {},
  presenter: false,
  risks: false,
  setActiveDoc: (activeDoc) => set({ activeDoc }),
  selectNode: (id, reveal) =>
    set((s) => ({
      selectedNodeId: id,
      ...(reveal
        ? { reveal: { ...reveal, seq: (s.reveal?.seq ?? 0) + 1 }, activeDoc: reveal.doc }
        : {}),
    })),
  setCursorNode: (cursorNodeId) => set({ cursorNodeId }),
  toggleExpanded: (id) =>
    set((s) => ({
      expanded: s.expanded.includes(id) ? s.expanded.filter((e) => e !== id) : [...s.expanded, id],
    })),
  setTheme: (theme) => set({ theme }),
  setLang: (lang) => set({ lang }),
  setView: (view) => set({ view }),
  setEditorFraction: (f) => set({ editorFraction: Math.min(0.8, Math.max(0.2, f)) }),
  setEditorFractionDrawer: (f) => set({ editorFractionDrawer: Math.min(0.8, Math.max(0.2, f)) }),
  setPhonePane: (phonePane) => set({ phonePane }),
  setServiceDetail: (ids, expanded) =>
    set((s) => {
      const next: Record<string, boolean> = { ...s.serviceDetail };
      for (const id of ids) {
        if (expanded === undefined) delete next[id];
        else next[id] = expanded;
      }
      return { serviceDetail: next };
    }),
  setAllServices: (expanded) => set({ serviceDefault: expanded, serviceDetail: {} }),
  setPresenter: (presenter) => set({ presenter }),
  setRisks: (risks) => set({ risks }),
  setCanvasSize: (size) =>
    set((s) =>
      s.canvasSize?.width === size.width && s.canvasSize.height === size.height
        ? {}
        : { canvasSize: size },
    ),
  openGlossary: (term) => set({ glossary: term === undefined ? {} : { term } }),
  closeGlossary: () => set({ glossary: undefined }),
});
