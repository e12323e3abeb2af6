import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../nodeData';
import type { IconName } from '../icons';
import { NodeShell } from './NodeShell';

/** Instance profiles, conditions, boundaries and SCPs: a title and one line of detail. */
export const GenericNode = memo(function GenericNode({ data, selected }: NodeProps<FlowNode>) {
  const n = data.node;
  return (
    <NodeShell
      node={n}
      icon={n.kind as IconName}
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      title={n.detail}
    >
      <div className="rm-node__title rm-ellipsis">{n.label}</div>
      {n.detail ? <div className="rm-node__detail rm-clamp">{n.detail}</div> : null}
    </NodeShell>
  );
});
