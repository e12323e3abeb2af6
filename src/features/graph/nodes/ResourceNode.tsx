import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useT } from '../../../i18n/useT';
import type { FlowNode } from '../nodeData';
import { NodeShell } from './NodeShell';

/** A resource the actions apply to: an ARN, or every resource (flagged). */
export const ResourceNode = memo(function ResourceNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const n = data.node;
  if (n.kind !== 'resource') return null;
  const label =
    n.unrestricted && n.arn === '*' && !n.notResource ? t('graph.resource.all') : n.label;
  return (
    <NodeShell
      node={n}
      icon="resource"
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      className={n.unrestricted ? 'is-unrestricted' : undefined}
      title={n.arn}
    >
      <div className="rm-node__title rm-mono rm-clamp">{label}</div>
      {n.detail ? <div className="rm-node__detail rm-clamp">{n.detail}</div> : null}
    </NodeShell>
  );
});
