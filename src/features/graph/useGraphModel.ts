import { useEffect, useMemo, useState } from 'react';
import { scenarioDocs, withDocText, type DocId, type ParseResult, type Scenario } from '../../core';
import { buildGraph, type Graph } from '../../graph';
import { appCatalog } from '../../platform/appCatalog';
import { afterEditorShown } from '../../ui/startupMoments';
import { parseCached, withinPageBound } from '../../platform/parseCache';
import { useStore } from '../../store';
import { useSettledScenario } from '../../ui/useSettledScenario';

/** The last text of each document that parsed, so an edit in progress never blanks the graph. */
const lastGood = new Map<string, { text: string; result: ParseResult }>();

export interface GraphModel {
  graph: Graph;
  /** Parse results actually drawn, per document (the last valid one while a document is invalid). */
  parsed: Partial<Record<DocId, ParseResult>>;
  /** Documents whose current text does not parse, so the graph shows an older version of them. */
  stale: DocId[];
  /**
   * The scenario the graph is drawn from: the debounced edit, with each stale document at its last
   * text that parsed. The picture's verdicts are evaluated on it, so they always speak of what is
   * drawn (never of a half-typed document the cards do not show).
   */
  drawn: Scenario;
  catalogVersion: number;
}

/** Scenario → parsed documents (keeping the last good parse of each) → graph, recomputed shortly after edits. */
export function useGraphModel(): GraphModel {
  const scenario = useStore((s) => s.scenario);
  const expanded = useStore((s) => s.expanded);
  const debounced = useSettledScenario(scenario);
  const [catalogVersion, setCatalogVersion] = useState(0);

  const { parsed, stale, drawn } = useMemo(() => {
    const parsedDocs: Partial<Record<DocId, ParseResult>> = {};
    const staleDocs: DocId[] = [];
    let drawnScenario = debounced;
    const docs = scenarioDocs(debounced);
    // A removed document's last good parse goes with it, so an id given again later starts afresh.
    const live = new Set<string>(docs.map((d) => d.id));
    for (const id of lastGood.keys()) if (!live.has(id)) lastGood.delete(id);
    for (const doc of docs) {
      const result = parseCached(doc.text);
      if (result.ok) {
        lastGood.set(doc.id, { text: doc.text, result });
        parsedDocs[doc.id] = result;
      } else {
        staleDocs.push(doc.id);
        const good = lastGood.get(doc.id);
        parsedDocs[doc.id] = good?.result ?? result;
        if (good) drawnScenario = withDocText(drawnScenario, doc.id, good.text);
      }
    }
    return { parsed: parsedDocs, stale: staleDocs, drawn: withinPageBound(drawnScenario) };
  }, [debounced]);

  const expandedSet = useMemo(() => new Set(expanded), [expanded]);
  const graph = useMemo(
    () => buildGraph(debounced, { parsed, catalog: appCatalog, expanded: expandedSet }),
    // catalogVersion is a dependency on purpose: more IAM data loaded means richer annotations.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [debounced, parsed, expandedSet, catalogVersion],
  );

  // Load the services the graph mentions, then rebuild with their descriptions and access levels:
  // once the editor is on screen (their chunks competed with Monaco's), or at once without one.
  useEffect(() => {
    // A card standing for many actions (`*:*group`, a policy of 268 services) asks for its
    // members' services, not for every service its placeholder name would match.
    const actions = graph.nodes.flatMap((n) =>
      n.kind !== 'action' ? [] : n.group !== undefined ? n.group : [n.action],
    );
    let cancelled = false;
    afterEditorShown()
      .then(() => appCatalog.ensureForActions(actions))
      .then(() => {
        if (!cancelled) setCatalogVersion(appCatalog.version);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [graph]);

  return { graph, parsed, stale, drawn, catalogVersion };
}
