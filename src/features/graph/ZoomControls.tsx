import { useReactFlow } from '@xyflow/react';
import { useT } from '../../ui/useT';

/** Zoom in, zoom out and fit to view, with translated labels. */
export function ZoomControls() {
  const t = useT();
  const flow = useReactFlow();
  return (
    <div className="rm-zoom" role="group" aria-label={t('graph.label')}>
      <button
        type="button"
        onClick={() => void flow.zoomIn()}
        aria-label={t('graph.zoomIn')}
        title={t('graph.zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => void flow.zoomOut()}
        aria-label={t('graph.zoomOut')}
        title={t('graph.zoomOut')}
      >
        −
      </button>
      <button
        type="button"
        onClick={() => void flow.fitView({ padding: 0.08 })}
        aria-label={t('graph.fit')}
        title={t('graph.fit')}
      >
        ⤢
      </button>
    </div>
  );
}
