import { useMemo } from 'react';
import type { ReactFlowProps } from '@xyflow/react';
import { useT } from '../../ui/useT';

type AriaLabelConfig = NonNullable<ReactFlowProps['ariaLabelConfig']>;

/** React Flow's own screen-reader texts in the UI language (its `ariaLabelConfig` prop). */
export function useFlowAriaLabels(): AriaLabelConfig {
  const t = useT();
  return useMemo(
    () => ({
      // Our nodes cannot be moved or deleted: both descriptions say what the keys do here.
      'node.a11yDescription.default': t('a11y.flow.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('a11y.flow.nodeHelp'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('a11y.flow.moved', { direction, x: String(x), y: String(y) }),
      'edge.a11yDescription.default': t('a11y.flow.edgeHelp'),
      'controls.ariaLabel': t('a11y.flow.controls'),
      'controls.zoomIn.ariaLabel': t('a11y.flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('a11y.flow.zoomOut'),
      'controls.fitView.ariaLabel': t('a11y.flow.fitView'),
      'controls.interactive.ariaLabel': t('a11y.flow.interactive'),
      'minimap.ariaLabel': t('a11y.flow.minimap'),
      'handle.ariaLabel': t('a11y.flow.handle'),
    }),
    [t],
  );
}
