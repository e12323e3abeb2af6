import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../nodeData';
import type { IconName } from '../icons';
import { useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/** Instance profiles, conditions, boundaries and SCPs: a title and one line of detail. */
export const GenericNode = memo(function GenericNode({ data, selected }: NodeProps<FlowNode>) {
  const gt = useGraphText();
  const n = data.node;
  const detail = n.detail ? gt(n.detail) : '';
  return (
    <NodeShell
      node={n}
      icon={n.kind as IconName}
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      title={detail || undefined}
    >
      {n.kind === 'instance-profile' && detail ? (
        // Its caption already says "Instance profile": the title is what it holds (the role).
        <div className="rm-node__title rm-ellipsis">{detail}</div>
      ) : (
        <>
          <div className="rm-node__title rm-ellipsis">{gt(n.label)}</div>
          {detail ? <div className="rm-node__detail rm-clamp">{detail}</div> : null}
        </>
      )}
    </NodeShell>
  );
});
