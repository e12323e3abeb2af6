import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../nodeData';
import { useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/** A resource the actions apply to: an ARN, or every resource (flagged). */
export const ResourceNode = memo(function ResourceNode({ data, selected }: NodeProps<FlowNode>) {
  const gt = useGraphText();
  const n = data.node;
  if (n.kind !== 'resource') return null;
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
      <div className="rm-node__title rm-mono rm-clamp">{gt(n.label)}</div>
      {n.detail ? <div className="rm-node__detail rm-clamp">{gt(n.detail)}</div> : null}
    </NodeShell>
  );
});
