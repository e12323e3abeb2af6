import { useEffect, useRef } from 'react';
import type { Graph } from '../../graph/types';
import { useT } from '../../ui/useT';
import { useStore } from '../../store';
import { Layers } from './Layers';
import { ResultBadge } from './ResultBadge';
import { SimulatorForm } from './SimulatorForm';
import type { SimulationView } from './useSimulation';
import { WhoCanAssume } from './WhoCanAssume';

/** The "Can X do Y?" drawer: who may assume the role, a request to evaluate, and the layers. */
export function SimulatorPanel({
  graph,
  view,
  trustValid,
  catalogVersion,
}: {
  graph: Graph;
  view: SimulationView;
  trustValid: boolean;
  catalogVersion: number;
}) {
  const t = useT();
  const setOpen = useStore((s) => s.setSimOpen);
  const selectNode = useStore((s) => s.selectNode);

  // Highlight the deciding statement in the editor when the decision's reason changes.
  const first = view.highlights[0];
  const key = first ? `${first.doc}:${first.start}:${first.end}` : '';
  const last = useRef('');
  useEffect(() => {
    if (!first || key === last.current) return;
    last.current = key;
    selectNode(undefined, first);
  }, [key, first, selectNode]);

  return (
    <aside className="rm-sim" aria-labelledby="sim-title">
      <header className="rm-sim__head">
        <h2 id="sim-title">{t('sim.title')}</h2>
        <button
          type="button"
          onClick={() => setOpen(false)}
          aria-label={t('sim.close')}
          title={t('sim.close')}
        >
          ×
        </button>
      </header>
      <p className="rm-sim__note">{t('sim.intro')}</p>
      <SimulatorForm graph={graph} view={view} catalogVersion={catalogVersion} />
      <ResultBadge view={view} />
      <WhoCanAssume graph={graph} trustValid={trustValid} />
      <Layers />
    </aside>
  );
}
