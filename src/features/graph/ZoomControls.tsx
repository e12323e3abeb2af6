import { useReactFlow } from '@xyflow/react';
import { useStore } from '../../store';
import { useT } from '../../ui/useT';
import './view.css';

interface Props {
  /** Fits the whole picture in the canvas (the same fit the canvas applies after each layout). */
  onFit: () => void;
  /** Zooms in (and lets the canvas show the actions of the service in view). */
  onZoomIn: () => void;
  /** Expands (true) or collapses (false) every service; absent when the picture has no services. */
  onAllServices?: (expand: boolean) => void;
}

/** Zoom in, zoom out, fit to view, expand or collapse every service, presenter mode. */
export function ZoomControls({ onFit, onZoomIn, onAllServices }: Props) {
  const t = useT();
  const flow = useReactFlow();
  const presenter = useStore((s) => s.presenter);
  const setPresenter = useStore((s) => s.setPresenter);
  return (
    <div className="rm-zoom" role="group" aria-label={t('graph.label')}>
      <button
        type="button"
        onClick={onZoomIn}
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
      <button type="button" onClick={onFit} aria-label={t('graph.fit')} title={t('graph.fit')}>
        ⤢
      </button>
      {onAllServices ? (
        <>
          <button
            type="button"
            className="rm-zoom__lod"
            onClick={() => onAllServices(true)}
            data-lod-all="expand"
            aria-label={t('view.expandAll')}
            title={t('view.expandAll')}
          >
            <span aria-hidden="true">⊞</span>
          </button>
          <button
            type="button"
            className="rm-zoom__lod"
            onClick={() => onAllServices(false)}
            data-lod-all="collapse"
            aria-label={t('view.collapseAll')}
            title={t('view.collapseAll')}
          >
            <span aria-hidden="true">⊟</span>
          </button>
        </>
      ) : null}
      <button
        type="button"
        className="rm-zoom__present"
        aria-pressed={presenter}
        onClick={() => setPresenter(!presenter)}
        aria-label={t('view.presenter')}
        title={t('view.presenterHint')}
      >
        <span aria-hidden="true">Aa</span>
      </button>
    </div>
  );
}
