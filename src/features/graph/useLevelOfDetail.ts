import { useMemo } from 'react';
import {
  collapsibleServices,
  layoutGraphSync,
  levelOfDetail,
  PRESENTER_TYPE,
  readableAtFit,
  type FitPadding,
  type Graph,
} from '../../graph';
import { useStore } from '../../store';

/**
 * Room fit-to-view leaves around the picture: in the app, the row of Walkthrough, Risks and Legend
 * along the bottom stays clear of every card (the zoom buttons' short column sits beside the
 * centred lanes, e2e readable.spec checks no card is under either); in an embed, its zoom
 * buttons' column.
 */
export const APP_FIT_PADDING: FitPadding = { top: 12, right: 12, bottom: 46, left: 12 };
export const EMBED_FIT_PADDING: FitPadding = { top: 10, right: 52, bottom: 10, left: 10 };

/** Past this many action cards, drawing them all at fit never reads: skip the trial layout. */
const MAX_TRIAL_ACTIONS = 80;

/**
 * Whether the picture still reads at fit-to-view with every service's action cards drawn: a trial
 * layout of the expanded picture, fitted to the canvas.
 */
function expandedReads(
  graph: Graph,
  services: readonly string[],
  canvas: { width: number; height: number } | undefined,
  padding: FitPadding,
  type: number,
): boolean {
  if (!canvas || services.length === 0) return false;
  if (graph.nodes.filter((n) => n.kind === 'action').length > MAX_TRIAL_ACTIONS) return false;
  const full = levelOfDetail(graph, { expanded: new Set(services) });
  return readableAtFit(layoutGraphSync(full, undefined, { type }), canvas, padding, type);
}

/**
 * The picture at the level of detail the user chose, service by service; a service they have not
 * chosen for shows its action cards only when the whole picture would still read at fit.
 */
export function useLevelOfDetail(graph: Graph, embed: boolean): Graph {
  const choices = useStore((s) => s.serviceDetail);
  const all = useStore((s) => s.serviceDefault);
  const canvas = useStore((s) => s.canvasSize);
  const presenter = useStore((s) => s.presenter);
  const type = presenter ? PRESENTER_TYPE : 1;
  const services = useMemo(() => collapsibleServices(graph), [graph]);
  // Decided on the picture's shape and the canvas, so a label edit never flips it.
  const shape = graph.nodes.map((n) => n.id).join('|');
  const bucket = canvas ? `${Math.round(canvas.width / 40)}x${Math.round(canvas.height / 40)}` : '';
  const auto = useMemo(
    () => expandedReads(graph, services, canvas, embed ? EMBED_FIT_PADDING : APP_FIT_PADDING, type),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, bucket, type, embed],
  );
  const key = services.map((id) => ((choices[id] ?? all ?? auto) ? '1' : '0')).join('');
  const expanded = useMemo(
    () => new Set(services.filter((id) => choices[id] ?? all ?? auto)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [services, key],
  );
  return useMemo(() => levelOfDetail(graph, { expanded }), [graph, expanded]);
}
