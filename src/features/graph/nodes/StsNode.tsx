import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { formatDuration } from '../../../i18n';
import { useT } from '../../../i18n/useT';
import type { FlowNode } from '../nodeData';
import { NodeShell } from './NodeShell';

/** AWS STS: the call that turns "may assume" into a session. */
export const StsNode = memo(function StsNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const n = data.node;
  if (n.kind !== 'sts') return null;
  const ops = n.operations.map((o) => o.replace(/^sts:/i, '')).join(', ');
  return (
    <NodeShell node={n} icon="sts" selected={selected} cursor={data.cursor} lit={data.lit}>
      <div className="rm-node__title" title={n.operations.join(', ')}>
        {ops || n.label}
      </div>
      <div className="rm-node__detail">
        {t('graph.sts.duration', { duration: formatDuration(t, n.sessionDurationSeconds) })}
      </div>
    </NodeShell>
  );
});
