import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useT } from '../../../ui/useT';
import type { FlowNode } from '../nodeData';
import { useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/** An AWS service the role's policies talk to, by prefix and full name. */
export const ServiceNode = memo(function ServiceNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const gt = useGraphText();
  const n = data.node;
  if (n.kind !== 'service') return null;
  return (
    <NodeShell
      node={n}
      icon="service"
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      title={n.serviceName}
    >
      <div className="rm-node__title rm-mono">{n.service}</div>
      <div className="rm-node__detail rm-ellipsis">{n.serviceName ?? gt(n.detail)}</div>
      <div className="rm-node__detail">
        {n.actionCount === 1
          ? t('graph.service.action')
          : t('graph.service.actions', { n: n.actionCount })}
      </div>
    </NodeShell>
  );
});
