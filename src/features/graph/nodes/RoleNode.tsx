import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../nodeData';
import { useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';
import { EscalationMark } from '../RiskBadges';

/** The role itself: its name, ARN and maximum session duration. */
export const RoleNode = memo(function RoleNode({ data, selected }: NodeProps<FlowNode>) {
  const gt = useGraphText();
  const n = data.node;
  if (n.kind !== 'role') return null;
  return (
    <NodeShell
      node={n}
      icon="role"
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      title={n.arn}
      {...(data.escalation === true
        ? { className: 'has-escalation', outside: <EscalationMark /> }
        : {})}
    >
      <div className="rm-node__title">{gt(n.label)}</div>
      <div className="rm-node__detail rm-mono rm-ellipsis">{n.arn}</div>
      <div className="rm-node__detail">{gt(n.detail)}</div>
    </NodeShell>
  );
});
