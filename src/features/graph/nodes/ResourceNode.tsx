import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../nodeData';
import { useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/**
 * A resource the actions apply to: an ARN, or every resource (flagged); one that none of its
 * statement's actions acts on says so ("this ARN grants nothing to …").
 */
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
      className={
        [n.unrestricted ? 'is-unrestricted' : '', n.note ? 'is-idle' : '']
          .filter(Boolean)
          .join(' ') || undefined
      }
      title={[n.arn, n.note ? gt(n.note) : ''].filter(Boolean).join('\n')}
      extraAttrs={n.grantsNothingTo ? { 'data-grants-nothing': 'true' } : undefined}
    >
      <div className="rm-node__title rm-mono rm-clamp">{gt(n.label)}</div>
      {n.note ? (
        <div className="rm-node__detail rm-clamp rm-note--idle">{gt(n.note)}</div>
      ) : n.detail ? (
        <div className="rm-node__detail rm-clamp">{gt(n.detail)}</div>
      ) : null}
    </NodeShell>
  );
});
